import { useEffect, useState } from 'react';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { api, call, ApiError, type Schemas } from '../../api/client';
import { applyProblem } from '../../components/formErrors';
import { besideFields } from '../monthly-reports/shared';
import { STATUS_LABEL, statusOptions, type Partner } from './labels';

type Values = Schemas['ChangePartnerStatusDto'];

/** 变更台账状态 (POST /partners/{id}/status) with a reason kept in the ledger history; If-Match with the version shown. */
export function PartnerStatusModal({ partner, onClose, onChanged }: { partner: Partner | null; onClose: () => void; onChanged: (p: Partner) => void }) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    setError(null);
    form.resetFields();
  }, [partner, form]);
  const save = async () => {
    if (!partner) return;
    const v = await form.validateFields();
    setSaving(true);
    setError(null);
    try {
      const body: Values = { status: v.status, ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}) };
      onChanged(await call(api.POST('/api/v1/partners/{id}/status', { params: { path: { id: partner.id }, header: { 'If-Match': `"${partner.version}"` } }, body })));
    } catch (err) {
      setError(err instanceof ApiError && !err.errors.length ? err.describe() : applyProblem(form, besideFields(err)));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal title={partner ? `变更台账状态：${partner.name}` : ''} open={partner !== null} onOk={save} onCancel={onClose} okText="变更" confirmLoading={saving} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      {partner && (
        <Form form={form} layout="vertical">
          <Form.Item label="当前状态">{STATUS_LABEL[partner.status].label}</Form.Item>
          <Form.Item name="status" label="变更为" rules={[{ required: true, message: '请选择新的状态' }]}>
            <Select options={statusOptions.filter((o) => o.value !== partner.status)} />
          </Form.Item>
          <Form.Item name="reason" label="原因" rules={[{ max: 1000 }]} extra="淘汰或恢复合作单位须由产教研合作中心办理">
            <Input.TextArea rows={3} placeholder="如：淘汰原因、转为合作的依据" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
