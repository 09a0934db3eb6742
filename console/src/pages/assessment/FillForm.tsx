import { useState } from 'react';
import { Alert, App, Button, Checkbox, Descriptions, Form, Input, InputNumber } from 'antd';
import { api, call } from '../../api/client';
import type { ItemContext } from './ItemDrawer';
import { fromInputs, InputsFields, toInputs } from './InputsFields';
import { maxOf, type Item, type Node } from './sheetTree';
import { placeProblem, score } from './shared';

interface Values {
  inputs?: Record<string, unknown>;
  selfScore?: number | null;
  selected?: boolean;
  note?: string | null;
}

/** FillItemDto: the college's inputs, 自选 √, the self score (another value than the proposal needs a note), the note. */
export function FillForm({ item, node, ctx }: { item: Item; node: Node | undefined; ctx: ItemContext }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const specs = node?.inputs ?? [];
  const scored = item.leaf && item.points !== null;
  if (!ctx.canFill) {
    return (
      <Descriptions size="small" column={1}>
        {specs.map((s) => (
          <Descriptions.Item key={s.name} label={s.label}>{display(item.inputs[s.name])}{s.unit && item.inputs[s.name] !== undefined ? s.unit : ''}</Descriptions.Item>
        ))}
        {scored && <Descriptions.Item label="自评得分">{score(item.selfScore)}</Descriptions.Item>}
        {item.note && <Descriptions.Item label="说明">{item.note}</Descriptions.Item>}
      </Descriptions>
    );
  }
  const save = async (v: Values) => {
    setSaving(true);
    setError(null);
    try {
      const body = {
        inputs: toInputs(specs, node?.source, v.inputs),
        ...(item.selection === 'optional' ? { selected: !!v.selected } : {}),
        ...(form.isFieldTouched('selfScore') ? { selfScore: v.selfScore ?? null } : {}),
        ...(form.isFieldTouched('note') ? { note: v.note || null } : {}),
      };
      const result = await call(api.PUT('/api/v1/assessment/cycles/{id}/sheets/{subjectId}/items/{code}', { params: { path: { id: ctx.sheet.cycleId, subjectId: ctx.sheet.subjectId, code: item.code } }, body }));
      ctx.onItem(result);
      form.setFieldsValue({ selfScore: result.item.selfScore });
      message.success(`${item.code} 已保存`);
    } catch (err) {
      setError(placeProblem(form, err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Form form={form} layout="vertical" onFinish={save} initialValues={{ inputs: fromInputs(specs, item.inputs), selfScore: item.selfScore, selected: !!item.selected, note: item.note }}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      {item.selection === 'optional' && item.leaf && (
        <Form.Item name="selected" valuePropName="checked">
          <Checkbox>自选本指标（√）</Checkbox>
        </Form.Item>
      )}
      <InputsFields specs={specs} nodeSource={node?.source} values={item.inputs} disabled={false} />
      {scored && (
        <Form.Item name="selfScore" label="自评得分" extra={item.proposal?.score !== undefined && item.proposal?.score !== null ? `默认取系统建议得分 ${item.proposal.score}；不同时须填写说明` : undefined}>
          <InputNumber min={0} max={maxOf(item)} step={0.5} precision={2} />
        </Form.Item>
      )}
      <Form.Item name="note" label="说明">
        <Input.TextArea rows={2} maxLength={5000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving}>保存填报</Button>
    </Form>
  );
}

function display(v: unknown): string {
  if (v === undefined || v === null || v === '') return '—';
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (Array.isArray(v)) return v.join('、');
  return String(v);
}
