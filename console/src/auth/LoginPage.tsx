import { useState } from 'react';
import { Alert, Button, Form, Input } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { api, ApiError, call } from '../api/client';
import { session } from './session';
import { Panel } from '../components/Panel';

/** 登录. A failed sign-in shows the API's own message (用户名或密码错误, 账号已锁定 …). */
export default function LoginPage() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (values: { username: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      const result = await call(api.POST('/api/v1/auth/login', { body: values }));
      session.set(result.accessToken);
    } catch (err) {
      setError(err instanceof ApiError ? err.describe() : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: 'linear-gradient(135deg,#e6f4ff,#f0f5ff)' }}>
      <Panel style={{ width: 380 }}>
        <h1 style={{ textAlign: 'center', margin: '0 0 4px', fontSize: 22, fontWeight: 600 }}>校企合作项目全流程管理</h1>
        <p style={{ textAlign: 'center', color: 'rgba(0,0,0,0.45)', marginBottom: 24 }}>产教研合作中心 · 二级学院 · 年度考核</p>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" />}
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item name="username" label="用户名" rules={[{ required: true, message: '请输入用户名' }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            登录
          </Button>
        </Form>
      </Panel>
    </div>
  );
}
