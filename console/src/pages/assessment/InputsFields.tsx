import { Checkbox, Form, Input, InputNumber, Select, Typography } from 'antd';
import type { Schemas } from '../../api/client';

type Spec = Schemas['InputSpecDto'];

/** One antd field per input the indicator declares (name `inputs.<name>`, so API errors land beside it). */
export function InputsFields({ specs, values, disabled }: { specs: Spec[]; values: Record<string, unknown>; disabled: boolean }) {
  return (
    <>
      {specs.map((s) =>
        s.source ? (
          <Form.Item key={s.name} label={s.label} extra="由系统根据业务记录计算">
            <Typography.Text>{values[s.name] === undefined ? '—' : String(values[s.name])}{s.unit ?? ''}</Typography.Text>
          </Form.Item>
        ) : (
          <Form.Item key={s.name} name={['inputs', s.name]} label={s.label} valuePropName={s.type === 'boolean' ? 'checked' : 'value'} extra={extra(s)}>
            {field(s, disabled)}
          </Form.Item>
        ),
      )}
    </>
  );
}

function extra(s: Spec): string | undefined {
  if (s.type === 'ratioPart' && s.partOf) return `不超过「${s.partOf}」`;
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
export function toInputs(specs: Spec[], values: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of specs) {
    if (s.source || !values || !(s.name in values)) continue;
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
