import { useState } from 'react';
import { Alert, Button, Form, Input, Modal, Popconfirm, Space } from 'antd';
import { eventLabel, STATUS_STATE, type MachineDescription, type Report } from './shared';

export type ReportEvent = 'SUBMIT' | 'SIGN_OFF' | 'RETURN' | 'RECALL';
const PRIMARY: ReportEvent[] = ['SUBMIT', 'SIGN_OFF'];
const CONFIRM: Partial<Record<ReportEvent, string>> = {
  SUBMIT: '提交后将送学院负责人审核，审核前可撤回。确定提交？',
  SIGN_OFF: '审核通过后月报即上报产教研合作中心，不可再修改。确定审核上报？',
  RECALL: '撤回后月报回到填报中，可修改后重新提交。确定撤回？',
};

/**
 * The events of the report's current state, as the monthly-report machine (GET /workflow/monthly-report) lists them.
 * The report DTO carries no allowed events, so the buttons follow the state and the API's 403/409 answers whoever
 * may not send one now. Only the report's own college acts on it.
 */
export function ReportActions({ machine, report, own, busy, onEvent }: { machine: MachineDescription | null; report: Report; own: boolean; busy: ReportEvent | null; onEvent: (type: ReportEvent, comment?: string) => Promise<boolean> }) {
  const [returning, setReturning] = useState(false);
  const [form] = Form.useForm<{ comment: string }>();
  const state = machine?.states.find((s) => s.path === STATUS_STATE[report.status]);
  const events = own ? (state?.transitions ?? []).map((t) => t.event as ReportEvent) : [];
  if (!events.length) return report.status === 'signed_off' ? <Alert type="success" showIcon title="已上报产教研合作中心" /> : null;
  const sendReturn = async () => {
    const { comment } = await form.validateFields();
    if (await onEvent('RETURN', comment)) {
      setReturning(false);
      form.resetFields();
    }
  };
  return (
    <Space wrap>
      {events.map((type) =>
        type === 'RETURN' ? (
          <Button key={type} danger onClick={() => setReturning(true)} loading={busy === type}>
            {eventLabel(machine, type)}
          </Button>
        ) : (
          <Popconfirm key={type} title={eventLabel(machine, type)} description={CONFIRM[type]} okText="确定" cancelText="取消" onConfirm={() => onEvent(type)}>
            <Button type={PRIMARY.includes(type) ? 'primary' : 'default'} loading={busy === type}>
              {eventLabel(machine, type)}
            </Button>
          </Popconfirm>
        ),
      )}
      <Modal title={eventLabel(machine, 'RETURN')} open={returning} onOk={sendReturn} onCancel={() => setReturning(false)} okText="退回" okButtonProps={{ danger: true, loading: busy === 'RETURN' }} destroyOnHidden>
        <Form form={form} layout="vertical">
          <Form.Item name="comment" label="退回原因" rules={[{ required: true, whitespace: true, message: '请填写退回原因' }, { max: 5000 }]}>
            <Input.TextArea rows={4} placeholder="说明需要修改的内容" />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
