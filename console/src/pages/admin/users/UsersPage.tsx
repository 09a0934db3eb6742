import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Card, Empty, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api, call, ApiError, type Schemas } from '../../../api/client';
import { ROLE_LABELS, useMe, type Role } from '../../../auth/me';
import { ExportButton } from '../../../components/ExportButton';
import { useUrlState } from '../../../components/useUrlState';
import { usePagedList } from '../../../components/usePagedList';
import { formatTime } from '../../../components/time';
import { useColleges } from '../useColleges';
import { UserFormModal } from './UserFormModal';
import { ResetPasswordModal } from './ResetPasswordModal';

type User = Schemas['UserDto'];
const ROLES = Object.keys(ROLE_LABELS) as Role[];

/** 用户管理 — the school's accounts: filters in the URL, create, edit, disable, reset password (admins act; leaders read). */
export default function UsersPage() {
  const { message } = App.useApp();
  const { hasRole } = useMe();
  const isAdmin = hasRole('admin');
  const colleges = useColleges();
  const { values, page, pageSize, set } = useUrlState(['collegeId', 'role', 'q', 'disabled'] as const);
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const [q, setQ] = useState(values.q ?? '');
  useEffect(() => setQ(values.q ?? ''), [values.q]);

  const fetchPage = useCallback(
    (p: number, size: number) =>
      call(
        api.GET('/api/v1/users', {
          params: {
            query: {
              page: p,
              pageSize: size,
              ...(values.collegeId ? { collegeId: values.collegeId } : {}),
              ...(values.role ? { role: values.role as Role } : {}),
              ...(values.q ? { q: values.q } : {}),
              ...(values.disabled ? { disabled: values.disabled === 'true' } : {}),
            },
          },
        }),
      ),
    [values.collegeId, values.role, values.q, values.disabled],
  );
  const { data, loading, error, reload } = usePagedList(fetchPage, page, pageSize);

  const toggle = async (u: User) => {
    try {
      await call(api.PATCH('/api/v1/users/{id}', { params: { path: { id: u.id } }, body: { disabled: !u.disabled } }));
      message.success(u.disabled ? `已启用 ${u.displayName}` : `已停用 ${u.displayName}`);
      reload();
    } catch (e) {
      message.error(e instanceof ApiError ? e.describe() : String(e));
    }
  };
  const rolesText = (u: User) => u.roles.map((r) => ROLE_LABELS[r]).join('、');

  return (
    <Card
      title={<Typography.Title level={5} style={{ margin: 0 }}>用户管理</Typography.Title>}
      extra={
        <Space>
          <ExportButton<User>
            filename="用户"
            fetchPage={fetchPage}
            columns={[
              { title: '用户名', value: (u) => u.username, width: 16 },
              { title: '姓名', value: (u) => u.displayName, width: 24 },
              { title: '角色', value: rolesText, width: 30 },
              { title: '学院', value: (u) => u.college?.name ?? '', width: 20 },
              { title: '邮箱', value: (u) => u.email, width: 24 },
              { title: '电话', value: (u) => u.phone, width: 16 },
              { title: '状态', value: (u) => (u.disabled ? '已停用' : '正常') },
              { title: '创建时间', value: (u) => formatTime(u.createdAt), width: 20 },
            ]}
          />
          {isAdmin && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              新建用户
            </Button>
          )}
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder="用户名或姓名"
          aria-label="搜索用户"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onSearch={(v) => set({ q: v.trim() })}
          style={{ width: 220 }}
        />
        <Select
          allowClear
          placeholder="学院"
          aria-label="按学院筛选"
          value={values.collegeId}
          onChange={(v) => set({ collegeId: v })}
          options={colleges.map((c) => ({ value: c.id, label: c.name }))}
          style={{ width: 180 }}
        />
        <Select
          allowClear
          placeholder="角色"
          aria-label="按角色筛选"
          value={values.role}
          onChange={(v) => set({ role: v })}
          options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
          style={{ width: 180 }}
        />
        <Select
          allowClear
          placeholder="状态"
          aria-label="按状态筛选"
          value={values.disabled}
          onChange={(v) => set({ disabled: v })}
          options={[
            { value: 'false', label: '正常' },
            { value: 'true', label: '已停用' },
          ]}
          style={{ width: 120 }}
        />
      </Space>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Table<User>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: <Empty description="没有符合条件的用户" /> }}
        pagination={{ current: page, pageSize, total: data?.total ?? 0, showSizeChanger: true, showTotal: (t) => `共 ${t} 个用户`, onChange: (p, s) => set({ page: p, pageSize: s }) }}
        columns={[
          { title: '用户名', dataIndex: 'username', width: 140 },
          { title: '姓名', dataIndex: 'displayName' },
          { title: '角色', key: 'roles', render: (_, u) => u.roles.map((r) => <Tag key={r} color={r === 'admin' ? 'red' : r.startsWith('college') ? 'blue' : 'geekblue'}>{ROLE_LABELS[r]}</Tag>) },
          { title: '学院', key: 'college', render: (_, u) => u.college?.name ?? '—' },
          { title: '联系方式', key: 'contact', render: (_, u) => [u.phone, u.email].filter(Boolean).join(' / ') || '—' },
          { title: '状态', dataIndex: 'disabled', width: 90, render: (d: boolean) => (d ? <Tag>已停用</Tag> : <Tag color="green">正常</Tag>) },
          ...(isAdmin
            ? [
                {
                  title: '操作',
                  key: 'actions',
                  width: 220,
                  render: (_: unknown, u: User) => (
                    <Space size={0}>
                      <Button type="link" size="small" onClick={() => setEditing(u)}>编辑</Button>
                      <Button type="link" size="small" onClick={() => setResetting(u)}>重置密码</Button>
                      <Popconfirm title={u.disabled ? `启用 ${u.displayName}？` : `停用 ${u.displayName}？停用后该用户将被强制退出。`} onConfirm={() => toggle(u)}>
                        <Button type="link" size="small" danger={!u.disabled}>{u.disabled ? '启用' : '停用'}</Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && (
        <UserFormModal
          user={editing === 'new' ? null : editing}
          colleges={colleges}
          onClose={() => setEditing(null)}
          onSaved={(u) => {
            setEditing(null);
            message.success(editing === 'new' ? `已创建用户 ${u.username}` : `已保存 ${u.displayName}`);
            reload();
          }}
        />
      )}
      {resetting && <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />}
    </Card>
  );
}
