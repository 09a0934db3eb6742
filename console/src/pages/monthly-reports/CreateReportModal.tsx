import { useState } from 'react';
import { Alert, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, call } from '../../api/client';
import { applyProblem } from '../../components/formErrors';
import { besideFields, type Report } from './shared';

interface Values {
  month: Dayjs;
  workDone?: string;
}

/** 新建月报: the month (one report per college and month) and, optionally, the month's work already. */
export function CreateReportModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (r: Report) => void }) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    setError(null);
    try {
      const report = await call(api.POST('/api/v1/monthly-reports', { body: { month: v.month.format('YYYY-MM'), ...(v.workDone ? { workDone: v.workDone } : {}) } }));
      form.resetFields();
      onCreated(report);
    } catch (err) {
      setError(applyProblem(form, besideFields(err)));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal title="新建月报" open={open} onOk={submit} onCancel={onClose} okText="创建" confirmLoading={saving} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={{ month: dayjs().startOf('month') }}>
        <Form.Item name="month" label="上报月份" rules={[{ required: true, message: '请选择月份' }]} extra="每月 5 日前上报；寒暑假月份无需上报">
          <DatePicker picker="month" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="workDone" label="本月工作开展情况" rules={[{ max: 20000 }]}>
          <Input.TextArea rows={4} placeholder="可稍后在月报页面填写" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
