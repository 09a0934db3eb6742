import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Input, Select, Space, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, call, type Schemas } from '../../api/client';
import { ROLE_LABELS, useMe } from '../../auth/me';
import { session } from '../../auth/session';
import { applyProblem } from '../../components/formErrors';

type Deputy = Schemas['DeputyViewDto'];

/** 个人设置: who I am, 修改密码, and 代理人 (a deputy who sees my work items for a period). */
export default function AccountPage() {
  const { me } = useMe();
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title="我的账号">
        <Descriptions column={2}>
          <Descriptions.Item label="用户名">{me.username}</Descriptions.Item>
          <Descriptions.Item label="姓名">{me.displayName}</Descriptions.Item>
          <Descriptions.Item label="角色">{me.roles.map((r) => <Tag key={r}>{ROLE_LABELS[r]}</Tag>)}</Descriptions.Item>
          <Descriptions.Item label="所属学院">{me.college?.name ?? '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <PasswordCard />
      <DeputyCard />
    </Space>
  );
}

function PasswordCard() {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const submit = async (v: { currentPassword: string; newPassword: string; confirm: string }) => {
    setError(null);
    try {
      await call(api.POST('/api/v1/auth/password', { body: { currentPassword: v.currentPassword, newPassword: v.newPassword } }));
      message.success('密码已修改，请重新登录');
      session.clear();
    } catch (err) {
      setError(applyProblem(form, err));
    }
  };
  return (
    <Card title="修改密码">
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" style={{ maxWidth: 420 }} onFinish={submit}>
        <Form.Item name="currentPassword" label="当前密码" rules={[{ required: true, message: '请输入当前密码' }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label="新密码" rules={[{ required: true, min: 8, message: '新密码至少 8 位' }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label="确认新密码"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({ validator: (_, v) => (v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致'))) }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          修改密码
        </Button>
      </Form>
    </Card>
  );
}

function DeputyCard() {
  const { message } = App.useApp();
  const { me } = useMe();
  const [form] = Form.useForm();
  const [deputy, setDeputy] = useState<Deputy | null>(null);
  const [candidates, setCandidates] = useState<{ value: string; label: string }[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = async () => setDeputy((await call(api.GET('/api/v1/users/me/deputy'))).deputy ?? null);
  useEffect(() => {
    void load();
    call(api.GET('/api/v1/users', { params: { query: { pageSize: 100, ...(me.collegeId ? { collegeId: me.collegeId } : {}) } } }))
      .then((r) => setCandidates(r.items.filter((u) => u.id !== me.id && !u.disabled).map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }))))
      .catch(() => setCandidates(null)); // this role cannot list users: the deputy's user id is typed in
  }, [me.id, me.collegeId]);
  const submit = async (v: { userId: string; period: [Dayjs, Dayjs] }) => {
    setError(null);
    try {
      await call(api.PUT('/api/v1/users/me/deputy', { body: { userId: v.userId, from: v.period[0].format('YYYY-MM-DD'), to: v.period[1].format('YYYY-MM-DD') } }));
      message.success('代理人已设置');
      await load();
    } catch (err) {
      setError(applyProblem(form, err));
    }
  };
  const remove = async () => {
    await call(api.DELETE('/api/v1/users/me/deputy'));
    message.success('已取消代理');
    await load();
  };
  return (
    <Card title="代理人（外出期间由代理人处理我的待办）">
      {deputy && (
        <Alert
          style={{ marginBottom: 16 }}
          type={deputy.active ? 'success' : 'info'}
          title={`${deputy.deputyName}：${deputy.from} 至 ${deputy.to}${deputy.active ? '（生效中）' : ''}`}
          action={<Button size="small" danger onClick={remove}>取消代理</Button>}
        />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="inline" onFinish={submit}>
        <Form.Item name="userId" label="代理人" rules={[{ required: true, message: '请选择代理人' }]}>
          {candidates ? <Select style={{ width: 240 }} options={candidates} showSearch={{ optionFilterProp: 'label' }} /> : <Input style={{ width: 300 }} placeholder="代理人的用户 ID" />}
        </Form.Item>
        <Form.Item name="period" label="期间" rules={[{ required: true, message: '请选择期间' }]} initialValue={[dayjs(), dayjs().add(7, 'day')]}>
          <DatePicker.RangePicker />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          设置
        </Button>
      </Form>
    </Card>
  );
}
