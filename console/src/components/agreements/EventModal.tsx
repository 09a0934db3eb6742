import { useEffect, useRef, useState } from 'react';
import { Alert, App, Form, Input, Modal, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, ApiError, call } from '../../api/client';
import type { operations } from '../../api/schema';
import { applyProblem } from '../formErrors';
import type { WorkflowLabels } from '../workflow';
import { EVENT_DATA, type Agreement, type AllowedEvent, type DataFieldSpec } from './catalog';
import { blankValues, EventFields } from './EventFields';
import { fieldMessage, RequirementTags } from './requirements';

type EventBody = operations['AgreementsController_send']['requestBody']['content']['application/json'];

/** The API's field problems with Chinese words where it sent only a code and an English detail. */
function inWords(err: ApiError, labels: WorkflowLabels): ApiError {
  const errors = err.errors.map((e) => (e.message && e.message !== e.detail ? e : { ...e, message: fieldMessage(e, labels) }));
  return new ApiError(err.status, err.code, err.title, errors, err.body);
}

/** A key per opened form: a retry of the same submission (a double click, a lost answer) has no second effect. */
function newKey(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}


/**
 * The form one workflow event needs: its comment (required, optional or none), its typed data and the documents the
 * step needs. Sent with If-Match (the version shown) and an Idempotency-Key; problems land next to their fields.
 */
export function EventModal(props: { agreement: Agreement; event: AllowedEvent | null; labels: WorkflowLabels; onClose(): void; onDone(a: Agreement | null): void }) {
  const { agreement, event, labels } = props;
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const key = useRef(newKey());
  useEffect(() => {
    if (!event) return;
    key.current = newKey();
    setError(null);
    form.resetFields();
    const initial = blankValues(event);
    if (event.fields.includes('signedAt')) initial.signedAt = dayjs();
    form.setFieldsValue(initial);
  }, [event, form]);
  if (!event) return null;
  const specs = EVENT_DATA[event.type] as Record<string, DataFieldSpec>;
  const label = labels.event(event.type);

  const send = async () => {
    const values = await form.validateFields();
    const data: Record<string, unknown> = {};
    for (const field of event.fields) {
      const v = values[field];
      if (v === null || v === undefined || v === '') continue;
      const type = specs[field]?.type;
      data[field] = type === 'date' || type === 'dateOrDateTime' ? (v as Dayjs).format('YYYY-MM-DD') : v;
    }
    const body = { type: event.type, ...(values.comment ? { comment: values.comment } : {}), ...(event.fields.length ? { data } : {}) } as EventBody;
    setSending(true);
    setError(null);
    try {
      const updated = await call(
        api.POST('/api/v1/agreements/{id}/events', {
          params: { path: { id: agreement.id }, header: { 'If-Match': String(agreement.version), 'Idempotency-Key': key.current } },
          body,
        }),
      );
      message.success(`已${label}`);
      window.dispatchEvent(new Event('coop:inbox-changed'));
      props.onDone(updated);
    } catch (err) {
      key.current = newKey();
      if (err instanceof ApiError && err.status === 409) {
        // someone acted first: show the latest state behind the form and say so
        setError(`${err.title}（页面已更新为最新状态）`);
        props.onDone(null);
      } else {
        setError(applyProblem(form, err instanceof ApiError ? inWords(err, labels) : err, ['data']));
      }
    } finally {
      setSending(false);
    }
  };

  return (
    <Modal open title={label} okText={`确认${label}`} cancelText="取消" onOk={send} confirmLoading={sending} onCancel={props.onClose} width={640} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="event-error" />}
      {event.documents.length > 0 && (
        <div style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary">本环节材料：</Typography.Text>
          <Space size={4} wrap>
            {event.documents.map((k) => (
              <Tag key={k}>{labels.document(k)}</Tag>
            ))}
          </Space>
        </div>
      )}
      {event.missing.length > 0 && (
        <Alert type="warning" style={{ marginBottom: 12 }} message={<RequirementTags missing={event.missing} labels={labels} />} />
      )}
      <Form form={form} layout="vertical">
        <EventFields event={event} labels={labels} />
        {event.comment !== 'none' && (
          <Form.Item name="comment" label="意见" rules={event.comment === 'required' ? [{ required: true, whitespace: true, message: '请填写意见或理由' }] : []}>
            <Input.TextArea rows={3} maxLength={2000} placeholder={event.comment === 'required' ? '必填：说明理由' : '选填'} />
          </Form.Item>
        )}
        {event.fields.length === 0 && event.comment === 'none' && <Typography.Paragraph>确认{label}「{agreement.title}」？</Typography.Paragraph>}
      </Form>
    </Modal>
  );
}
