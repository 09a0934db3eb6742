import { useCallback, useState } from 'react';
import { Alert, App, Button, Card, Empty, Input, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api, call, ApiError, type Schemas } from '../../../api/client';
import { useMe } from '../../../auth/me';
import { ExportButton } from '../../../components/ExportButton';
import { useUrlState } from '../../../components/useUrlState';
import { usePagedList } from '../../../components/usePagedList';
import { useColleges } from '../useColleges';
import { MajorFormModal } from './MajorFormModal';

type Major = Schemas['Major'];

/** 专业管理 — majors by college; a college leader manages their own college's (the API decides). */
export default function MajorsPage() {
  const { message } = App.useApp();
  const { hasRole, me } = useMe();
  const isAdmin = hasRole('admin');
  const colleges = useColleges();
  const collegeName = new Map(colleges.map((c) => [c.id, c.name]));
  const { values, page, pageSize, set } = useUrlState(['collegeId', 'q'] as const);
  const [editing, setEditing] = useState<Major | 'new' | null>(null);

  const fetchPage = useCallback(
    (p: number, size: number) =>
      call(api.GET('/api/v1/majors', { params: { query: { page: p, pageSize: size, ...(values.collegeId ? { collegeId: values.collegeId } : {}), ...(values.q ? { q: values.q } : {}) } } })),
    [values.collegeId, values.q],
  );
  const { data, loading, error, setError, reload } = usePagedList(fetchPage, page, pageSize);

  const mayManage = (m: Major) => isAdmin || (hasRole('college_leader') && me.collegeId === m.collegeId);
  const remove = async (m: Major) => {
    try {
      await call(api.DELETE('/api/v1/majors/{id}', { params: { path: { id: m.id } } }));
      message.success(`已删除 ${m.name}`);
      setError(null);
      reload();
    } catch (e) {
      setError(e instanceof ApiError ? `无法删除「${m.name}」：${typeof e.body.detail === 'string' ? e.body.detail : e.title}` : String(e));
    }
  };

  return (
    <Card
      title={<Typography.Title level={5} style={{ margin: 0 }}>专业管理</Typography.Title>}
      extra={
        <Space>
          <ExportButton<Major>
            filename="专业"
            fetchPage={fetchPage}
            columns={[
              { title: '专业代码', value: (m) => m.code, width: 14 },
              { title: '专业名称', value: (m) => m.name, width: 24 },
              { title: '所属学院', value: (m) => collegeName.get(m.collegeId) ?? '', width: 20 },
            ]}
          />
          {(isAdmin || hasRole('college_leader')) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              新建专业
            </Button>
          )}
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          placeholder="全部学院"
          aria-label="按学院筛选"
          value={values.collegeId}
          onChange={(v) => set({ collegeId: v })}
          options={colleges.map((c) => ({ value: c.id, label: c.name }))}
          style={{ width: 200 }}
        />
        <Input.Search allowClear placeholder="专业名称或代码" aria-label="搜索专业" defaultValue={values.q} onSearch={(v) => set({ q: v.trim() })} style={{ width: 220 }} />
      </Space>
      {error && <Alert type="error" showIcon message={error} closable onClose={() => setError(null)} style={{ marginBottom: 16 }} />}
      <Table<Major>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: <Empty description="该学院暂无专业" /> }}
        pagination={{ current: page, pageSize, total: data?.total ?? 0, showSizeChanger: true, showTotal: (t) => `共 ${t} 个专业`, onChange: (p, s) => set({ page: p, pageSize: s }) }}
        columns={[
          { title: '专业代码', dataIndex: 'code', width: 140 },
          { title: '专业名称', dataIndex: 'name' },
          { title: '所属学院', dataIndex: 'collegeId', render: (id: string) => collegeName.get(id) ?? '—' },
          {
            title: '操作',
            key: 'actions',
            width: 160,
            render: (_, m) =>
              mayManage(m) ? (
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => setEditing(m)}>编辑</Button>
                  <Popconfirm title={`删除「${m.name}」？`} description="已被合作项目引用的专业不能删除。" okText="删除" cancelText="取消" onConfirm={() => remove(m)}>
                    <Button type="link" size="small" danger>删除</Button>
                  </Popconfirm>
                </Space>
              ) : null,
          },
        ]}
      />
      {editing && (
        <MajorFormModal
          major={editing === 'new' ? null : editing}
          colleges={isAdmin ? colleges : colleges.filter((c) => c.id === me.collegeId)}
          defaultCollegeId={values.collegeId ?? (isAdmin ? undefined : me.collegeId ?? undefined)}
          onClose={() => setEditing(null)}
          onSaved={(m) => {
            setEditing(null);
            message.success(`已保存 ${m.name}`);
            reload();
          }}
        />
      )}
    </Card>
  );
}
