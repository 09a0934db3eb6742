import { Checkbox, Form, Input, InputNumber, Select, Typography } from 'antd';
import type { Schemas } from '../../api/client';

type Spec = Schemas['InputSpecDto'];

/** An input is filled from the records when it or its indicator names a `computed:` source. */
export function isComputed(spec: Spec, nodeSource: string | undefined): boolean {
  return (spec.source ?? nodeSource ?? 'manual').startsWith('computed:');
}

/** One antd field per input the indicator declares (name `inputs.<name>`, so API errors land beside it). */
export function InputsFields({ specs, nodeSource, values, disabled }: { specs: Spec[]; nodeSource: string | undefined; values: Record<string, unknown>; disabled: boolean }) {
  return (
    <>
      {specs.map((s) =>
        isComputed(s, nodeSource) ? (
          <Form.Item key={s.name} label={s.label} extra="由系统根据业务记录计算，见测算依据">
            <Typography.Text>{values[s.name] === undefined ? '系统计算' : `${String(values[s.name])}${s.unit ?? ''}`}</Typography.Text>
          </Form.Item>
        ) : (
          <Form.Item key={s.name} name={['inputs', s.name]} label={s.label} valuePropName={s.type === 'boolean' ? 'checked' : 'value'} extra={extra(s, specs)}>
            {field(s, disabled)}
          </Form.Item>
        ),
      )}
    </>
  );
}

function extra(s: Spec, specs: Spec[]): string | undefined {
  if (s.type === 'ratioPart' && s.partOf) return `不超过「${specs.find((x) => x.name === s.partOf)?.label ?? s.partOf}」`;
  if (s.type === 'integerList') return '每项一个整数，回车或逗号分隔';
  return undefined;
}

function field(s: Spec, disabled: boolean) {
  switch (s.type) {
    case 'boolean':
      return <Checkbox disabled={disabled}>具备</Checkbox>;
    case 'option':
      return <Select disabled={disabled} allowClear options={(s.options ?? []).map((o) => ({ value: o.value, label: o.label }))} style={{ maxWidth: 360 }} />;
    case 'text':
      return <Input.TextArea disabled={disabled} maxLength={s.maxLength} rows={3} />;
    case 'integerList':
      return <Select disabled={disabled} mode="tags" tokenSeparators={[',', '，', ' ']} open={false} style={{ maxWidth: 360 }} />;
    default:
      return <InputNumber disabled={disabled} min={s.min ?? 0} max={s.max} precision={s.type === 'decimal' ? 4 : 0} suffix={s.unit} style={{ width: 200 }} />;
  }
}

/** Form values to the API's inputs: list entries become integers. */
export function toInputs(specs: Spec[], nodeSource: string | undefined, values: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of specs) {
    if (isComputed(s, nodeSource) || !values || !(s.name in values)) continue;
    const v = values[s.name];
    if (v === undefined) continue;
    out[s.name] = s.type === 'integerList' && Array.isArray(v) ? v.map((x) => Number(x)) : s.type === 'boolean' ? !!v : v;
  }
  return out;
}

/** The API's inputs to form values (lists shown as tags). */
export function fromInputs(specs: Spec[], inputs: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of specs) if (inputs[s.name] !== undefined) out[s.name] = s.type === 'integerList' && Array.isArray(inputs[s.name]) ? (inputs[s.name] as number[]).map(String) : inputs[s.name];
  return out;
}
