import { useCallback, useEffect, useState } from 'react';
import { App, Button, Card, Form, Input, Modal, Select, Space, Tag, Typography } from 'antd';
import { api, ApiError, call, type Schemas } from '../../api/client';
import { useMe, type Role } from '../../auth/me';
import { applyProblem } from '../formErrors';
import { formatTime, relative } from '../time';
import type { WorkflowLabels } from '../workflow';
import type { Agreement } from './catalog';
import { useUsers } from './lookups';

type Task = Schemas['TaskDto'];
type Action = 'transfer' | 'delegate' | 'cc' | 'urge';
const ACTION_LABELS: Record<Action, string> = { transfer: '转办', delegate: '委派', cc: '抄送', urge: '催办' };

/**
 * 待办处理: the open work item of this agreement that waits for me (转办, 委派, 抄送, 催办), and, for the owning
 * college, the 催办 nudge to whoever the agreement waits on now.
 */
export function WorkItemActions({ agreement, labels }: { agreement: Agreement; labels: WorkflowLabels }) {
  const { me, hasRole } = useMe();
  const { message } = App.useApp();
  const [item, setItem] = useState<Task | null>(null);
  const [action, setAction] = useState<Action | null>(null);
  useEffect(() => {
    call(api.GET('/api/v1/tasks', { params: { query: { kind: 'agreement', pageSize: 100 } } }))
      .then((r) => setItem(r.items.find((t) => t.subjectId === agreement.id && t.status === 'open') ?? null))
      .catch(() => setItem(null));
  }, [agreement.id, agreement.version]);
  const ownCollege = hasRole('college_staff', 'college_leader') && me.collegeId === agreement.collegeId;
  const nudge = useCallback(async () => {
    try {
      const r = await call(api.POST('/api/v1/agreements/{id}/nudge', { params: { path: { id: agreement.id } } }));
      message.success(r.workItems.length ? `已催办 ${r.workItems.length} 项待办` : '已发送催办提醒');
    } catch (e) {
      message.error(e instanceof ApiError ? (e.status === 429 ? '今天已经催办过，请明天再试' : e.describe()) : String(e));
    }
  }, [agreement.id, message]);
  if (!item && !ownCollege) return null;
  return (
    <Card title="待办处理" size="small" data-testid="work-item">
      {item ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <Typography.Text>
              当前待办：<Typography.Text strong>{labels.state(item.step)}</Typography.Text>
            </Typography.Text>
            <Typography.Text type="secondary" title={formatTime(item.since)}>
              到达 {relative(item.since)}
            </Typography.Text>
            {item.dueAt && <Tag color={new Date(item.dueAt) < new Date() ? 'red' : 'orange'}>截止 {formatTime(item.dueAt)}</Tag>}
            {item.delegatedBy && <Tag color="orange">受委派</Tag>}
          </Space>
          <Space wrap>
            {(Object.keys(ACTION_LABELS) as Action[]).map((a) => (
              <Button key={a} size="small" onClick={() => setAction(a)}>
                {ACTION_LABELS[a]}
              </Button>
            ))}
            {ownCollege && <Button size="small" onClick={() => void nudge()}>提醒审核人</Button>}
          </Space>
        </Space>
      ) : (
        <Space>
          <Typography.Text type="secondary">本项目当前不在您的待办中。</Typography.Text>
          <Button size="small" onClick={() => void nudge()}>
            催办
          </Button>
        </Space>
      )}
      {item && action && <TaskActionModal item={item} action={action} onClose={() => setAction(null)} />}
    </Card>
  );
}

function TaskActionModal({ item, action, onClose }: { item: Task; action: Action; onClose(): void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ userId?: string; userIds?: string[]; note?: string }>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const role = (item.assignees.role ?? null) as Role | null;
  const sameRole = useUsers(action === 'transfer' || action === 'delegate' ? role : null, item.assignees.collegeId);
  const anyone = useUsers(action === 'cc' ? 'any' : null);
  const people = (action === 'cc' ? anyone : sameRole).map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }));
  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    setError(null);
    const path = { id: item.id };
    try {
      if (action === 'transfer') await call(api.POST('/api/v1/tasks/{id}/transfer', { params: { path }, body: { userId: v.userId!, note: v.note } }));
      if (action === 'delegate') await call(api.POST('/api/v1/tasks/{id}/delegate', { params: { path }, body: { userId: v.userId!, note: v.note } }));
      if (action === 'cc') await call(api.POST('/api/v1/tasks/{id}/cc', { params: { path }, body: { userIds: v.userIds!, note: v.note } }));
      if (action === 'urge') await call(api.POST('/api/v1/tasks/{id}/urge', { params: { path }, body: { note: v.note } }));
      message.success(`已${ACTION_LABELS[action]}`);
      window.dispatchEvent(new Event('coop:inbox-changed'));
      onClose();
    } catch (e) {
      setError(e instanceof ApiError && e.status === 429 ? '今天已经催办过，请明天再试' : applyProblem(form, e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title={ACTION_LABELS[action]} onOk={submit} confirmLoading={busy} onCancel={onClose} okText="确定" cancelText="取消">
      {error && <Typography.Paragraph type="danger">{error}</Typography.Paragraph>}
      <Form form={form} layout="vertical" initialValues={{ userId: undefined, userIds: [], note: '' }}>
        {(action === 'transfer' || action === 'delegate') && (
          <Form.Item name="userId" label={action === 'transfer' ? '转办给' : '委派给'} rules={[{ required: true, message: '请选择同事' }]} extra="须为同一角色（学院环节须为同一学院）的同事">
            <Select showSearch={{ optionFilterProp: 'label' }} options={people} notFoundContent="无可选人员" />
          </Form.Item>
        )}
        {action === 'cc' && (
          <Form.Item name="userIds" label="抄送给" rules={[{ required: true, type: 'array', min: 1, message: '请选择抄送人' }]}>
            <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={people} notFoundContent="无可选人员" />
          </Form.Item>
        )}
        <Form.Item name="note" label="说明">
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
