import { useState } from 'react';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { api, call, type Schemas } from '../../../api/client';
import { ROLE_LABELS, type Role } from '../../../auth/me';
import { placeProblem } from '../problems';
import type { College } from '../useColleges';

type User = Schemas['UserDto'];
const ROLES = Object.keys(ROLE_LABELS) as Role[];
const COLLEGE_ROLES: Role[] = ['college_staff', 'college_leader'];

interface Values {
  username: string;
  displayName: string;
  password?: string;
  roles: Role[];
  collegeId?: string | null;
  email?: string;
  phone?: string;
}

/** 新建 / 编辑用户: client-side rules first, then the API's field errors next to their fields. */
export function UserFormModal({ user, colleges, onClose, onSaved }: { user: User | null; colleges: College[]; onClose(): void; onSaved(u: User): void }) {
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const roles = Form.useWatch('roles', form) ?? [];
  const needsCollege = roles.some((r) => COLLEGE_ROLES.includes(r));

  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    setError(null);
    const contact = { email: v.email?.trim() || null, phone: v.phone?.trim() || null };
    const collegeId = needsCollege ? v.collegeId ?? null : v.collegeId || null;
    try {
      const saved = user
        ? await call(api.PATCH('/api/v1/users/{id}', { params: { path: { id: user.id } }, body: { displayName: v.displayName, roles: v.roles, collegeId, ...contact } }))
        : await call(api.POST('/api/v1/users', { body: { username: v.username.trim(), displayName: v.displayName, password: v.password!, roles: v.roles, collegeId, ...contact } }));
      onSaved(saved);
    } catch (err) {
      setError(placeProblem(form, err, { duplicate_username: 'username' }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open title={user ? `编辑用户 ${user.username}` : '新建用户'} okText="保存" cancelText="取消" onOk={submit} confirmLoading={saving} onCancel={onClose} destroyOnHidden width={560}>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={user ? { username: user.username, displayName: user.displayName, roles: user.roles, collegeId: user.collegeId, email: user.email ?? '', phone: user.phone ?? '' } : { roles: [], email: '', phone: '', collegeId: null }}
      >
        <Form.Item name="username" label="用户名" rules={[{ required: true, message: '请输入用户名' }, { pattern: /^[A-Za-z0-9._-]{2,50}$/, message: '用户名只能包含字母、数字、点、下划线和连字符（2–50 位）' }]}>
          <Input disabled={!!user} autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label="姓名" rules={[{ required: true, whitespace: true, message: '请输入姓名' }, { max: 100 }]}>
          <Input />
        </Form.Item>
        {!user && (
          <Form.Item name="password" label="初始密码" rules={[{ required: true, message: '请输入初始密码' }, { min: 8, message: '密码至少 8 位' }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
        <Form.Item name="roles" label="角色" rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一个角色' }]}>
          <Select mode="multiple" options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} />
        </Form.Item>
        <Form.Item name="collegeId" label="所属学院" rules={needsCollege ? [{ required: true, message: '二级学院角色须选择所属学院' }] : []} extra={needsCollege ? undefined : '仅二级学院角色需要'}>
          <Select allowClear options={colleges.map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
        <Form.Item name="email" label="邮箱" rules={[{ type: 'email', message: '邮箱格式不正确' }]}>
          <Input />
        </Form.Item>
        <Form.Item name="phone" label="电话">
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
