import { useState } from 'react';
import { Alert, Form, Input, Modal } from 'antd';
import { api, call, type Schemas } from '../../../api/client';
import { placeProblem } from '../problems';

type College = Schemas['College'];
interface Values {
  code: string;
  name: string;
  contactName?: string;
  contactPhone?: string;
}

/** 新建 / 编辑学院: the code is fixed once created. */
export function CollegeFormModal({ college, onClose, onSaved }: { college: College | null; onClose(): void; onSaved(c: College): void }) {
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    setError(null);
    const contacts = { contactName: v.contactName?.trim() || null, contactPhone: v.contactPhone?.trim() || null };
    try {
      const saved = college
        ? await call(api.PATCH('/api/v1/colleges/{id}', { params: { path: { id: college.id } }, body: { name: v.name.trim(), ...contacts } }))
        : await call(api.POST('/api/v1/colleges', { body: { code: v.code.trim(), name: v.name.trim(), ...contacts } }));
      onSaved(saved);
    } catch (err) {
      setError(placeProblem(form, err, { duplicate: college ? 'name' : 'code' }));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open title={college ? `编辑学院：${college.name}` : '新建学院'} okText="保存" cancelText="取消" onOk={submit} confirmLoading={saving} onCancel={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" initialValues={college ? { code: college.code, name: college.name, contactName: college.contactName ?? '', contactPhone: college.contactPhone ?? '' } : {}}>
        <Form.Item name="code" label="学院代码" rules={[{ required: true, whitespace: true, message: '请输入学院代码' }, { pattern: /^\s*[A-Za-z0-9_-]{1,32}\s*$/, message: '代码只能包含字母、数字、下划线和连字符（至多 32 位）' }]} extra="简短且不再变化，如 IM">
          <Input disabled={!!college} />
        </Form.Item>
        <Form.Item name="name" label="学院名称" rules={[{ required: true, whitespace: true, message: '请输入学院名称' }, { max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="contactName" label="联系人" rules={[{ max: 50 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="contactPhone" label="联系电话" rules={[{ max: 30 }]}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
