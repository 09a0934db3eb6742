import { useState } from 'react';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { api, call, type Schemas } from '../../../api/client';
import { placeProblem } from '../problems';
import type { College } from '../useColleges';

type Major = Schemas['Major'];
interface Values {
  collegeId: string;
  code: string;
  name: string;
}

/** 新建 / 编辑专业: college and code are fixed once created; only the name changes. */
export function MajorFormModal({ major, colleges, defaultCollegeId, onClose, onSaved }: { major: Major | null; colleges: College[]; defaultCollegeId?: string; onClose(): void; onSaved(m: Major): void }) {
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    setError(null);
    try {
      const saved = major
        ? await call(api.PATCH('/api/v1/majors/{id}', { params: { path: { id: major.id } }, body: { name: v.name.trim() } }))
        : await call(api.POST('/api/v1/majors', { body: { collegeId: v.collegeId, code: v.code.trim(), name: v.name.trim() } }));
      onSaved(saved);
    } catch (err) {
      setError(placeProblem(form, err, { duplicate: major ? 'name' : 'code' }));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open title={major ? `编辑专业：${major.name}` : '新建专业'} okText="保存" cancelText="取消" onOk={submit} confirmLoading={saving} onCancel={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" initialValues={major ? { collegeId: major.collegeId, code: major.code, name: major.name } : { collegeId: defaultCollegeId }}>
        <Form.Item name="collegeId" label="所属学院" rules={[{ required: true, message: '请选择学院' }]}>
          <Select disabled={!!major} options={colleges.map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
        <Form.Item name="code" label="专业代码" rules={[{ required: true, whitespace: true, message: '请输入专业代码' }, { pattern: /^\s*[A-Za-z0-9_-]{1,32}\s*$/, message: '代码只能包含字母、数字、下划线和连字符（至多 32 位）' }]} extra="国家专业代码或校内代码，全校唯一">
          <Input disabled={!!major} />
        </Form.Item>
        <Form.Item name="name" label="专业名称" rules={[{ required: true, whitespace: true, message: '请输入专业名称' }, { max: 100 }]}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
