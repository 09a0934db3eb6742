import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { Alert, App, Badge, Button, Card, Empty, Segmented, Space, Table, Tag, Typography } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { api, call, ApiError, type Schemas } from '../../api/client';
import { ExportButton } from '../../components/ExportButton';
import { formatTime, relative } from '../../components/time';
import { useUrlState } from '../../components/useUrlState';
import { usePagedList } from '../../components/usePagedList';

type Notice = Schemas['NotificationDto'];
const KINDS: Record<string, { label: string; color: string }> = {
  monthly_report: { label: '月报', color: 'green' },
  self_check: { label: '学期自查', color: 'cyan' },
  filing: { label: '备案', color: 'blue' },
  supervision: { label: '督查', color: 'volcano' },
  expiry: { label: '到期', color: 'orange' },
  waiting: { label: '催办', color: 'red' },
  task: { label: '待办', color: 'geekblue' },
  assessment: { label: '考核', color: 'purple' },
  event: { label: '动态', color: 'default' },
};
const kindOf = (k: string) => KINDS[k] ?? { label: k, color: 'default' };
const changed = () => window.dispatchEvent(new Event('coop:inbox-changed'));

/** 消息 — the inbox: unread filter in the URL, paging, mark one or all read; a notice's link opens its page. */
export default function InboxPage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { values, page, pageSize, set } = useUrlState(['unread'] as const);
  const unread = values.unread === 'true';
  const fetchPage = useCallback(
    (p: number, size: number) => call(api.GET('/api/v1/notifications', { params: { query: { page: p, pageSize: size, ...(unread ? { unread: true } : {}) } } })),
    [unread],
  );
  const { data, loading, error, reload } = usePagedList(fetchPage, page, pageSize);

  const markRead = async (n: Notice) => {
    if (n.readAt) return;
    try {
      await call(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id: n.id } } }));
      changed();
      reload();
    } catch (err) {
      message.error(err instanceof ApiError ? err.describe() : String(err));
    }
  };
  const open = async (n: Notice) => {
    await markRead(n);
    if (n.link) navigate(n.link);
  };
  const readAll = async () => {
    try {
      const r = await call(api.POST('/api/v1/notifications/read-all'));
      message.success(r.updated ? `已将 ${r.updated} 条消息标为已读` : '没有未读消息');
      changed();
      reload();
    } catch (err) {
      message.error(err instanceof ApiError ? err.describe() : String(err));
    }
  };
  return (
    <Card
      title="消息"
      extra={
        <Space>
          <Segmented value={unread ? 'unread' : 'all'} options={[{ value: 'all', label: '全部' }, { value: 'unread', label: '未读' }]} onChange={(v) => set({ unread: v === 'unread' ? 'true' : undefined })} />
          <Button icon={<CheckOutlined />} onClick={readAll}>
            全部标为已读
          </Button>
          <ExportButton<Notice>
            filename="消息"
            fetchPage={fetchPage}
            columns={[
              { title: '类型', value: (n) => kindOf(n.kind).label },
              { title: '标题', value: (n) => n.title, width: 40 },
              { title: '内容', value: (n) => n.body, width: 60 },
              { title: '时间', value: (n) => formatTime(n.createdAt), width: 20 },
              { title: '已读', value: (n) => (n.readAt ? '已读' : '未读') },
            ]}
          />
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Table<Notice>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: <Empty description={unread ? '没有未读消息' : '暂无消息'} /> }}
        pagination={{ current: page, pageSize, total: data?.total ?? 0, showSizeChanger: true, showTotal: (t) => `共 ${t} 条`, onChange: (p, s) => set({ page: p, pageSize: s }) }}
        columns={[
          { title: '', key: 'dot', width: 32, render: (_, n) => (n.readAt ? null : <Badge status="processing" title="未读" />) },
          { title: '类型', dataIndex: 'kind', width: 100, render: (k: string) => <Tag color={kindOf(k).color}>{kindOf(k).label}</Tag> },
          {
            title: '消息',
            key: 'title',
            render: (_, n) => (
              <>
                {n.link ? (
                  <Typography.Link strong={!n.readAt} onClick={() => void open(n)}>
                    {n.title}
                  </Typography.Link>
                ) : (
                  <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
                )}
                <Typography.Paragraph type="secondary" style={{ margin: 0, whiteSpace: 'pre-wrap' }} ellipsis={{ rows: 2, expandable: true, symbol: '展开' }}>
                  {n.body}
                </Typography.Paragraph>
              </>
            ),
          },
          { title: '时间', dataIndex: 'createdAt', width: 140, render: (t: string) => <span title={formatTime(t)}>{relative(t)}</span> },
          {
            title: '操作',
            key: 'op',
            width: 120,
            render: (_, n) =>
              n.readAt ? (
                <Typography.Text type="secondary">已读</Typography.Text>
              ) : (
                <Button size="small" type="link" onClick={() => void markRead(n)}>
                  标为已读
                </Button>
              ),
          },
        ]}
      />
    </Card>
  );
}
