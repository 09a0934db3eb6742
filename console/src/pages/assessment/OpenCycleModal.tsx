import { useEffect, useState } from 'react';
import { Alert, DatePicker, Form, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, call, type Schemas } from '../../api/client';
import { placeProblem } from './shared';

interface Values {
  templateKey: string;
  year: number;
  subjects?: string[];
  minAssessors?: number;
  selfDueOn?: Dayjs;
  scoringDueOn?: Dayjs;
}

/** 开启考核周期 (OpenCycleDto): a published template, the year, optionally the subjects, assessors needed, due dates. */
export function OpenCycleModal({ open, onClose, onOpened }: { open: boolean; onClose(): void; onOpened(c: Schemas['CycleDto']): void }) {
  const [form] = Form.useForm<Values>();
  const [templates, setTemplates] = useState<Schemas['TemplateSummaryDto'][]>([]);
  const [subjects, setSubjects] = useState<{ value: string; label: string }[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const key = Form.useWatch('templateKey', form);
  useEffect(() => {
    if (open) call(api.GET('/api/v1/assessment/templates')).then((t) => setTemplates(t.filter((x) => x.latestPublished !== null)));
  }, [open]);
  useEffect(() => {
    const kind = templates.find((t) => t.key === key)?.subject;
    form.setFieldValue('subjects', undefined);
    if (kind === 'consortium') call(api.GET('/api/v1/assessment/consortiums')).then((cs) => setSubjects(cs.map((c) => ({ value: c.id, label: c.name }))));
    else if (kind === 'college') call(api.GET('/api/v1/colleges', { params: { query: { pageSize: 100 } } })).then((cs) => setSubjects(cs.items.map((c) => ({ value: c.id, label: c.name }))));
  }, [key, templates, form]);
  const submit = async (v: Values) => {
    setSaving(true);
    setError(null);
    try {
      const body: Schemas['OpenCycleDto'] = {
        templateKey: v.templateKey, year: v.year, minAssessors: v.minAssessors,
        ...(v.subjects?.length ? { subjects: v.subjects } : {}),
        ...(v.selfDueOn ? { selfDueOn: v.selfDueOn.format('YYYY-MM-DD') } : {}),
        ...(v.scoringDueOn ? { scoringDueOn: v.scoringDueOn.format('YYYY-MM-DD') } : {}),
      };
      const cycle = await call(api.POST('/api/v1/assessment/cycles', { body }));
      form.resetFields();
      onOpened(cycle);
    } catch (err) {
      setError(placeProblem(form, err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal title="开启考核周期" open={open} onCancel={onClose} onOk={() => form.submit()} okText="开启" confirmLoading={saving} destroyOnHidden width={560}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ year: new Date().getFullYear(), minAssessors: 1 }}>
        <Form.Item name="templateKey" label="指标体系" rules={[{ required: true, message: '请选择指标体系' }]}>
          <Select placeholder="选择已发布的指标体系" options={templates.map((t) => ({ value: t.key, label: `${t.name}（第 ${t.latestPublished} 版）` }))} />
        </Form.Item>
        <Form.Item name="year" label="考核年度" extra="学年：上一年 9 月 1 日至当年 8 月 31 日" rules={[{ required: true, message: '请填写年度' }]}>
          <InputNumber min={2000} max={2100} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="subjects" label="考核对象" extra="不选则为全部">
          <Select mode="multiple" allowClear placeholder="全部" options={subjects} optionFilterProp="label" />
        </Form.Item>
        <Form.Item name="minAssessors" label="确认总评所需评分人数" rules={[{ required: true, message: '请填写人数' }]}>
          <InputNumber min={1} max={50} precision={0} />
        </Form.Item>
        <Form.Item name="selfDueOn" label="自评截止日期">
          <DatePicker />
        </Form.Item>
        <Form.Item name="scoringDueOn" label="考评截止日期">
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
