import { useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Popconfirm, Space, Tooltip } from 'antd';
import { api, call, ApiError, type Schemas } from '../../api/client';
import { placeProblem, problemLines, type SheetLabels } from './shared';

type SheetEvent = 'SUBMIT' | 'RETURN' | 'FINALIZE';

/** The sheet's events as the API allows them (SUBMIT, RETURN with a reason, FINALIZE); a 409 lists what is missing. */
export function SheetEvents({ sheet, labels, describeField, onDone }: { sheet: Schemas['SheetDto']; labels: SheetLabels; describeField(field: string): string; onDone(s: Schemas['SheetDto']): void }) {
  const { message } = App.useApp();
  const [error, setError] = useState<ApiError | null>(null);
  const [returning, setReturning] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const send = async (type: SheetEvent, reason?: string) => {
    setBusy(true);
    setError(null);
    try {
      const next = await call(api.POST('/api/v1/assessment/cycles/{id}/sheets/{subjectId}/events', { params: { path: { id: sheet.cycleId, subjectId: sheet.subjectId } }, body: { type, reason } }));
      message.success(`${labels.event(type)}：已完成`);
      setReturning(false);
      form.resetFields();
      onDone(next);
    } catch (err) {
      if (type === 'RETURN' && err instanceof ApiError && err.status === 400) {
        const left = placeProblem(form, err);
        if (left) setError(err);
      } else setError(err as ApiError);
    } finally {
      setBusy(false);
    }
  };
  const events = sheet.allowedEvents.filter((e) => e.type !== 'PUBLISH');
  return (
    <>
      <Space wrap>
        {events.map((e) => {
          const type = e.type as SheetEvent;
          const hint = e.ready ? undefined : `尚不满足条件${e.missing.length ? `：${e.missing.map((m) => (typeof m === 'string' ? m : JSON.stringify(m))).join('；')}` : ''}`;
          const button = (
            <Button type={type === 'RETURN' ? 'default' : 'primary'} danger={type === 'RETURN'} loading={busy} onClick={type === 'RETURN' ? () => setReturning(true) : undefined}>
              {labels.event(type)}
            </Button>
          );
          return (
            <Tooltip key={type} title={hint}>
              {type === 'RETURN' ? button : (
                <Popconfirm title={`确认${labels.event(type)}？`} onConfirm={() => send(type)} okText="确认" cancelText="取消">
                  {button}
                </Popconfirm>
              )}
            </Tooltip>
          );
        })}
      </Space>
      {error && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setError(null)}
          style={{ marginTop: 12 }}
          title={error.title}
          data-testid="sheet-event-error"
          description={error.errors.length ? <ul style={{ margin: 0, paddingLeft: 20 }}>{problemLines(error, describeField).map((l, i) => <li key={i}>{l}</li>)}</ul> : error.describe()}
        />
      )}
      <Modal title={labels.event('RETURN')} open={returning} onCancel={() => setReturning(false)} onOk={() => form.submit()} okText="退回" okButtonProps={{ danger: true, loading: busy }} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={(v) => send('RETURN', v.reason)}>
          <Form.Item name="reason" label="退回原因" rules={[{ required: true, whitespace: true, message: '请填写退回原因' }]}>
            <Input.TextArea rows={4} maxLength={5000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
