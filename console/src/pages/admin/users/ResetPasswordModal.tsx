import { useState } from 'react';
import { Alert, App, Form, Input, Modal } from 'antd';
import { api, call, type Schemas } from '../../../api/client';
import { applyProblem } from '../../../components/formErrors';

/** 重置密码: the user's sessions end; they sign in with the new password. */
export function ResetPasswordModal({ user, onClose }: { user: Schemas['UserDto']; onClose(): void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password: string; confirm: string }>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    try {
      await call(api.POST('/api/v1/users/{id}/password', { params: { path: { id: user.id } }, body: { password: v.password } }));
      message.success(`已重置 ${user.displayName} 的密码，其登录状态已失效`);
      onClose();
    } catch (err) {
      setError(applyProblem(form, err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open title={`重置密码：${user.displayName}（${user.username}）`} okText="重置" cancelText="取消" onOk={submit} confirmLoading={saving} onCancel={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical">
        <Form.Item name="password" label="新密码" rules={[{ required: true, message: '请输入新密码' }, { min: 8, message: '密码至少 8 位' }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label="确认新密码"
          dependencies={['password']}
          rules={[{ required: true, message: '请再次输入新密码' }, ({ getFieldValue }) => ({ validator: (_, v) => (v === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致'))) })]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
