import { useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Input, Modal, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, ApiError, call } from '../../api/client';
import { useMe } from '../../auth/me';
import { applyProblem } from '../formErrors';
import { formatDate } from '../time';
import { COLLEGE_EDITABLE_STATES } from '../../../../workflows/agreement.catalog';
import { CONTENT_FIELDS, TERM_FIELDS, type Agreement } from './catalog';

type ContentKey = keyof typeof CONTENT_FIELDS;
interface Values {
  title: string;
  content: Record<ContentKey, string | null>;
  startDate: Dayjs | null;
  endDate: Dayjs | null;
}

/** 协议内容: the twelve contents of the agreement; the owning college edits them at 调研, 材料准备 or 拟定协议. */
export function ContentCard({ agreement: a, onSaved }: { agreement: Agreement; onSaved(a: Agreement | null): void }) {
  const { me, hasRole } = useMe();
  const [editing, setEditing] = useState(false);
  const editable = COLLEGE_EDITABLE_STATES.includes(a.statePath) && hasRole('college_staff', 'college_leader') && me.collegeId === a.collegeId;
  const keys = Object.keys(CONTENT_FIELDS) as ContentKey[];
  return (
    <Card
      title="协议内容"
      size="small"
      data-testid="content"
      extra={editable && <Button onClick={() => setEditing(true)}>编辑内容</Button>}
    >
      <Descriptions
        size="small"
        column={2}
        items={[
          ...keys.map((k) => ({ key: k, label: CONTENT_FIELDS[k].zh, children: a.content[k] || '—' })),
          { key: 'term', label: '合作期限', children: `${formatDate(a.startDate)} 至 ${formatDate(a.endDate)}` },
        ]}
      />
      {editing && <ContentModal agreement={a} onClose={() => setEditing(false)} onSaved={(x) => (setEditing(false), onSaved(x))} onStale={() => onSaved(null)} />}
    </Card>
  );
}

function ContentModal({ agreement: a, onClose, onSaved, onStale }: { agreement: Agreement; onClose(): void; onSaved(a: Agreement): void; onStale(): void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const keys = Object.keys(CONTENT_FIELDS) as ContentKey[];
  const save = async () => {
    const v = await form.validateFields();
    setSaving(true);
    setError(null);
    try {
      const updated = await call(
        api.PATCH('/api/v1/agreements/{id}', {
          params: { path: { id: a.id }, header: { 'If-Match': String(a.version) } },
          body: { title: v.title, content: v.content, startDate: v.startDate ? v.startDate.format('YYYY-MM-DD') : null, endDate: v.endDate ? v.endDate.format('YYYY-MM-DD') : null },
        }),
      );
      message.success('已保存协议内容');
      onSaved(updated);
    } catch (e) {
      setError(applyProblem(form, e));
      if (e instanceof ApiError && e.status === 409) onStale();
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open title="编辑协议内容" width={820} onOk={save} okText="保存" cancelText="取消" confirmLoading={saving} onCancel={onClose}>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          title: a.title,
          content: Object.fromEntries(keys.map((k) => [k, a.content[k] ?? null])) as Values['content'],
          startDate: a.startDate ? dayjs(a.startDate) : null,
          endDate: a.endDate ? dayjs(a.endDate) : null,
        }}
      >
        <Form.Item name="title" label="项目名称" rules={[{ required: true, whitespace: true, message: '请填写项目名称' }]}>
          <Input />
        </Form.Item>
        {keys.map((k) => (
          <Form.Item key={k} name={['content', k]} label={CONTENT_FIELDS[k].zh}>
            <Input.TextArea rows={2} maxLength={5000} />
          </Form.Item>
        ))}
        <Space size="large">
          <Form.Item name="startDate" label={TERM_FIELDS.startDate.zh}>
            <DatePicker />
          </Form.Item>
          <Form.Item
            name="endDate"
            label={TERM_FIELDS.endDate.zh}
            dependencies={['startDate']}
            rules={[({ getFieldValue }) => ({ validator: (_, v: Dayjs | null) => (!v || !getFieldValue('startDate') || v.isAfter(getFieldValue('startDate')) ? Promise.resolve() : Promise.reject(new Error('终止日期须晚于起始日期'))) })]}
          >
            <DatePicker />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
