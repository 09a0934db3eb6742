import { DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import type { WorkflowLabels } from '../workflow';
import { EVENT_DATA, SELF_CHECK_FIGURES, type AllowedEvent, type DataFieldSpec } from './catalog';
import { FIELD_LABELS } from './requirements';
import { useUsers } from './lookups';

const ONE_OF_LABELS: Record<string, Record<string, (l: WorkflowLabels) => string>> = {
  reason: { early: (l) => l.reason('early_termination'), non_performance: (l) => l.reason('non_performance') },
  opinion: { approve: () => '同意', reject: () => '不同意' },
  kind: { filing: () => '备案', supervision: () => '督查整改' },
};

/** Fields that may stay empty; every other data field of an event is required. */
const OPTIONAL = new Set(['conclusion']);

/** The form items one event's data needs, typed from the machine's catalog (EVENT_DATA) and its allowed targets. */
export function EventFields({ event, labels }: { event: AllowedEvent; labels: WorkflowLabels }) {
  const specs = EVENT_DATA[event.type] as Record<string, DataFieldSpec>;
  return (
    <>
      {event.fields.map((field) => {
        const spec = specs[field];
        if (!spec) return null;
        if (spec.type === 'figures') return <FigureFields key={field} />;
        const label = FIELD_LABELS[field] ?? field;
        const rules: Rule[] = OPTIONAL.has(field) ? [] : [{ required: true, message: `请填写${label}` }];
        return (
          <Form.Item key={field} name={field} label={label} rules={[...rules, ...extraRules(spec)]}>
            {widget(field, spec, event, labels)}
          </Form.Item>
        );
      })}
    </>
  );
}

function extraRules(spec: DataFieldSpec): Rule[] {
  if (spec.type === 'pattern') return [{ pattern: spec.pattern, message: `格式如 ${spec.example}` }];
  if (spec.type === 'text') return [{ max: spec.maxLength, message: `不超过 ${spec.maxLength} 字` }];
  return [];
}

function widget(field: string, spec: DataFieldSpec, event: AllowedEvent, labels: WorkflowLabels) {
  switch (spec.type) {
    case 'boolean':
      return (
        <Radio.Group
          options={[
            { value: true, label: '通过' },
            { value: false, label: '不通过' },
          ]}
        />
      );
    case 'text':
      return spec.maxLength > 200 ? <Input.TextArea rows={4} /> : <Input />;
    case 'date':
    case 'dateOrDateTime':
      return <DatePicker style={{ width: 220 }} />;
    case 'oneOf':
      return <Radio.Group options={spec.values.map((v) => ({ value: v, label: ONE_OF_LABELS[field]?.[v]?.(labels) ?? v }))} />;
    case 'pattern':
      return <Input placeholder={spec.example} style={{ width: 220 }} />;
    case 'userIds':
      return <ExpertSelect />;
    case 'statePath':
      return <Select style={{ width: 260 }} placeholder="退回到哪一步" options={(event.targets ?? []).map((t) => ({ value: t, label: labels.state(t) }))} />;
    default:
      return <Input />;
  }
}

function ExpertSelect(props: { value?: string[]; onChange?: (v: string[]) => void }) {
  const experts = useUsers('expert');
  return <Select mode="multiple" placeholder="选择论证专家" options={experts.map((u) => ({ value: u.id, label: u.displayName }))} {...props} />;
}

/** 学期自查 figures: amounts (万元) and counts are numbers ≥ 0, the other aspects text. */
function FigureFields() {
  return (
    <fieldset style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: '8px 16px', marginBottom: 16 }}>
      <legend style={{ fontSize: 14, width: 'auto', padding: '0 4px', border: 0, margin: 0 }}>{FIELD_LABELS.figures}</legend>
      {Object.entries(SELF_CHECK_FIGURES).map(([key, f]) => (
        <Form.Item key={key} name={['figures', key]} label={f.zh} rules={[{ required: true, message: `请填写${f.zh}` }]}>
          {f.type === 'text' ? (
            <Input.TextArea rows={2} />
          ) : (
            <InputNumber min={0} precision={f.type === 'count' ? 0 : 2} style={{ width: 200 }} />
          )}
        </Form.Item>
      ))}
    </fieldset>
  );
}

/** The blank values of an event's form, so problems the API names can be placed next to each field. */
export function blankValues(event: AllowedEvent): Record<string, unknown> {
  const values: Record<string, unknown> = { comment: null };
  for (const field of event.fields) {
    values[field] = field === 'figures' ? Object.fromEntries(Object.keys(SELF_CHECK_FIGURES).map((k) => [k, null])) : null;
  }
  return values;
}
