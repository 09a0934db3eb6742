import { useCallback, useState } from 'react';
import { Alert, App, Button, Card, Empty, Input, Popconfirm, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api, call, ApiError, type Schemas } from '../../../api/client';
import { useMe } from '../../../auth/me';
import { ExportButton } from '../../../components/ExportButton';
import { useUrlState } from '../../../components/useUrlState';
import { usePagedList } from '../../../components/usePagedList';
import { formatTime } from '../../../components/time';
import { CollegeFormModal } from './CollegeFormModal';

type College = Schemas['College'];

/** 学院管理 — list, create, edit, delete; a 409 in_use names what still refers to the college. */
export default function CollegesPage() {
  const { message } = App.useApp();
  const { hasRole, me } = useMe();
  const isAdmin = hasRole('admin');
  const { values, page, pageSize, set } = useUrlState(['q'] as const);
  const [editing, setEditing] = useState<College | 'new' | null>(null);

  const fetchPage = useCallback(
    (p: number, size: number) => call(api.GET('/api/v1/colleges', { params: { query: { page: p, pageSize: size, ...(values.q ? { q: values.q } : {}) } } })),
    [values.q],
  );
  const { data, loading, error, setError, reload } = usePagedList(fetchPage, page, pageSize);

  const remove = async (c: College) => {
    try {
      await call(api.DELETE('/api/v1/colleges/{id}', { params: { path: { id: c.id } } }));
      message.success(`已删除 ${c.name}`);
      setError(null);
      reload();
    } catch (e) {
      setError(e instanceof ApiError ? `无法删除「${c.name}」：${typeof e.body.detail === 'string' ? e.body.detail : e.title}` : String(e));
    }
  };
  const mayEdit = (c: College) => isAdmin || (hasRole('college_leader') && me.collegeId === c.id);

  return (
    <Card
      title={<Typography.Title level={5} style={{ margin: 0 }}>学院管理</Typography.Title>}
      extra={
        <Space>
          <ExportButton<College>
            filename="学院"
            fetchPage={fetchPage}
            columns={[
              { title: '代码', value: (c) => c.code },
              { title: '名称', value: (c) => c.name, width: 24 },
              { title: '联系人', value: (c) => c.contactName },
              { title: '联系电话', value: (c) => c.contactPhone, width: 16 },
              { title: '创建时间', value: (c) => formatTime(c.createdAt), width: 20 },
            ]}
          />
          {isAdmin && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              新建学院
            </Button>
          )}
        </Space>
      }
    >
      <Input.Search allowClear placeholder="学院名称或代码" aria-label="搜索学院" defaultValue={values.q} onSearch={(v) => set({ q: v.trim() })} style={{ width: 240, marginBottom: 16 }} />
      {error && <Alert type="error" showIcon message={error} closable onClose={() => setError(null)} style={{ marginBottom: 16 }} data-testid="college-error" />}
      <Table<College>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: <Empty description="暂无学院" /> }}
        pagination={{ current: page, pageSize, total: data?.total ?? 0, showSizeChanger: true, showTotal: (t) => `共 ${t} 个学院`, onChange: (p, s) => set({ page: p, pageSize: s }) }}
        columns={[
          { title: '代码', dataIndex: 'code', width: 120 },
          { title: '名称', dataIndex: 'name' },
          { title: '联系人', dataIndex: 'contactName', render: (v: string | null) => v ?? '—' },
          { title: '联系电话', dataIndex: 'contactPhone', render: (v: string | null) => v ?? '—' },
          { title: '更新时间', dataIndex: 'updatedAt', width: 180, render: (v: string) => formatTime(v) },
          {
            title: '操作',
            key: 'actions',
            width: 160,
            render: (_, c) => (
              <Space size={0}>
                {mayEdit(c) && <Button type="link" size="small" onClick={() => setEditing(c)}>编辑</Button>}
                {isAdmin && (
                  <Popconfirm title={`删除「${c.name}」？`} description="仍有专业、用户或合作项目的学院不能删除。" okText="删除" cancelText="取消" onConfirm={() => remove(c)}>
                    <Button type="link" size="small" danger>删除</Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <CollegeFormModal
          college={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(c) => {
            setEditing(null);
            message.success(`已保存 ${c.name}`);
            reload();
          }}
        />
      )}
    </Card>
  );
}
