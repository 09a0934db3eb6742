import { useState } from 'react';
import { Alert, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, call, type Schemas } from '../../../api/client';
import { placeProblem } from '../problems';

type Semester = Schemas['SemesterViewDto'];
interface Values {
  name: string;
  startsOn: Dayjs;
  endsOn: Dayjs;
  selfCheckDueOn: Dayjs;
}
const day = (d: Dayjs) => d.format('YYYY-MM-DD');

/** 新增 / 修改学期: the self-check due date lies within the semester. */
export function SemesterModal({ semester, onClose, onSaved }: { semester: Semester | null; onClose(): void; onSaved(s: Semester): void }) {
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    setError(null);
    const dates = { startsOn: day(v.startsOn), endsOn: day(v.endsOn), selfCheckDueOn: day(v.selfCheckDueOn) };
    try {
      const saved = semester
        ? await call(api.PATCH('/api/v1/calendar/semesters/{id}', { params: { path: { id: semester.id } }, body: dates }))
        : await call(api.POST('/api/v1/calendar/semesters', { body: { name: v.name.trim(), ...dates } }));
      onSaved(saved);
    } catch (err) {
      setError(placeProblem(form, err, { duplicate: 'name' }));
    } finally {
      setSaving(false);
    }
  };
  const after = (field: keyof Values, message: string) => ({ getFieldValue }: { getFieldValue: (n: string) => Dayjs | undefined }) => ({
    validator: (_: unknown, v: Dayjs | undefined) => {
      const start = getFieldValue(field);
      return !v || !start || !v.isBefore(start, 'day') ? Promise.resolve() : Promise.reject(new Error(message));
    },
  });
  return (
    <Modal open title={semester ? `修改学期 ${semester.name}` : '新增学期'} okText="保存" cancelText="取消" onOk={submit} confirmLoading={saving} onCancel={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={semester ? { name: semester.name, startsOn: dayjs(semester.startsOn), endsOn: dayjs(semester.endsOn), selfCheckDueOn: dayjs(semester.selfCheckDueOn) } : {}}
      >
        <Form.Item name="name" label="学期名称" rules={[{ required: true, message: '请输入学期名称' }, { pattern: /^\d{4}-\d{4}-[12]$/, message: '格式如 2026-2027-1（学年-第几学期）' }]}>
          <Input disabled={!!semester} placeholder="2026-2027-1" />
        </Form.Item>
        <Form.Item name="startsOn" label="开始日期" rules={[{ required: true, message: '请选择开始日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="endsOn" label="结束日期" dependencies={['startsOn']} rules={[{ required: true, message: '请选择结束日期' }, after('startsOn', '结束日期须晚于开始日期')]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="selfCheckDueOn" label="自查截止日期" dependencies={['startsOn']} rules={[{ required: true, message: '请选择自查截止日期' }, after('startsOn', '自查截止日期须在学期之内')]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
