import { useEffect, useState } from 'react';
import { Alert, Button, Col, Drawer, Form, Input, Row, Select, Space } from 'antd';
import { api, call, ApiError, type Schemas } from '../../api/client';
import { applyProblem } from '../../components/formErrors';
import { besideFields } from '../monthly-reports/shared';
import { kindOptions, statusOptions, type Partner } from './labels';

type Values = Schemas['CreatePartnerDto'];
/** 统一社会信用代码: 18 characters (digits and capitals without I, O, S, V, Z); the API checks the check character. */
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

const FIELDS = ['name', 'kind', 'creditCode', 'industry', 'address', 'contactName', 'contactPhone', 'notes'] as const;
type Editable = Pick<Values, (typeof FIELDS)[number]>;
/** The fields a partner's form edits (PATCH takes these; the status changes through its own action). */
function pick(v: Editable): Editable {
  return Object.fromEntries(FIELDS.filter((f) => v[f] !== undefined).map((f) => [f, v[f]])) as Editable;
}

/** 登记 / 编辑合作单位 in a drawer; the API's field errors (the credit code's check, a duplicate) appear under their field. */
export function PartnerFormDrawer({ open, partner, onClose, onSaved }: { open: boolean; partner: Partner | null; onClose: () => void; onSaved: (p: Partner) => void }) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    if (partner) form.setFieldsValue(pick(partner));
  }, [open, partner, form]);
  const save = async () => {
    const v = await form.validateFields();
    const body = { ...pick(v), creditCode: v.creditCode.trim().toUpperCase() };
    setSaving(true);
    setError(null);
    try {
      const saved = partner
        ? await call(api.PATCH('/api/v1/partners/{id}', { params: { path: { id: partner.id }, header: { 'If-Match': `"${partner.version}"` } }, body }))
        : await call(api.POST('/api/v1/partners', { body: { ...body, ...(v.status ? { status: v.status } : {}) } }));
      onSaved(saved);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'duplicate_credit_code') {
        form.setFields([{ name: 'creditCode', errors: [err.title] }]);
      } else {
        setError(applyProblem(form, besideFields(err)));
      }
    } finally {
      setSaving(false);
    }
  };
  return (
    <Drawer
      title={partner ? `编辑合作单位：${partner.name}` : '登记合作单位'}
      open={open}
      onClose={onClose}
      size={560}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={saving} onClick={save}>
            保存
          </Button>
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={{ kind: 'enterprise', status: 'incubating' }}>
        <Form.Item name="name" label="单位名称" rules={[{ required: true, whitespace: true, message: '请填写单位名称' }, { max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="kind" label="单位类型" rules={[{ required: true, message: '请选择单位类型' }]}>
          <Select options={kindOptions} />
        </Form.Item>
        <Form.Item
          name="creditCode"
          label="统一社会信用代码"
          rules={[
            { required: true, whitespace: true, message: '请填写统一社会信用代码' },
            { validator: (_, v?: string) => (!v || CREDIT_CODE.test(v.trim().toUpperCase()) ? Promise.resolve() : Promise.reject(new Error('应为 18 位数字或大写字母（不含 I、O、S、V、Z）'))) },
          ]}
        >
          <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item name="industry" label="所属行业" rules={[{ max: 100 }]}>
          <Input placeholder="如：装备制造" />
        </Form.Item>
        <Form.Item name="address" label="地址" rules={[{ max: 300 }]}>
          <Input />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="contactName" label="联系人" rules={[{ max: 50 }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="contactPhone" label="联系电话" rules={[{ max: 30 }]}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        {!partner && (
          <Form.Item name="status" label="台账状态">
            <Select options={statusOptions} />
          </Form.Item>
        )}
        <Form.Item name="notes" label="备注">
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
