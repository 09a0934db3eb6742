import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Form, InputNumber, Select, Space, Table, Typography } from 'antd';
import { api, call, ApiError, type Schemas } from '../../api/client';
import { placeProblem } from './shared';
import type { Node } from './sheetTree';

type Figures = Schemas['FiguresDto'];
const KIND = { committed: '承诺', actual: '实际' } as const;

/** 年度数据 of a consortium's sheet (seeds/004): committed and actual figures per year; actuals below commitments listed. */
export function FiguresCard({ sheet, nodes, editable }: { sheet: Schemas['SheetDto']; nodes: Map<string, Node>; editable: boolean }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Schemas['FigureDto']>();
  const [figures, setFigures] = useState<Figures | null>(null);
  const [error, setError] = useState<string | null>(null);
  const path = { id: sheet.cycleId, subjectId: sheet.subjectId };
  useEffect(() => {
    call(api.GET('/api/v1/assessment/cycles/{id}/sheets/{subjectId}/figures', { params: { path: { id: sheet.cycleId, subjectId: sheet.subjectId } } }))
      .then(setFigures)
      .catch((err: ApiError) => setError(err.describe()));
  }, [sheet.cycleId, sheet.subjectId]);
  const yearly = [...nodes.values()].filter((n) => n.years?.length);
  const code = Form.useWatch('code', form);
  const chosen = code ? nodes.get(code) : undefined;
  const save = async (v: Schemas['FigureDto']) => {
    setError(null);
    try {
      setFigures(await call(api.PUT('/api/v1/assessment/cycles/{id}/sheets/{subjectId}/figures', { params: { path }, body: v })));
      message.success('年度数据已保存');
    } catch (err) {
      setError(placeProblem(form, err));
    }
  };
  const title = (c: string) => `${c} ${nodes.get(c)?.title ?? ''}`;
  return (
    <Card title="年度数据（联合体）" size="small">
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      {editable && (
        <Form form={form} layout="inline" onFinish={save} style={{ marginBottom: 12, rowGap: 8 }} initialValues={{ kind: 'committed' }}>
          <Form.Item name="code" label="指标" rules={[{ required: true, message: '请选择指标' }]}>
            <Select style={{ width: 280 }} showSearch optionFilterProp="label" options={yearly.map((n) => ({ value: n.code, label: `${n.code} ${n.title}` }))} />
          </Form.Item>
          {(chosen?.inputs?.length ?? 0) > 1 && (
            <Form.Item name="input" label="数据项">
              <Select style={{ width: 200 }} options={chosen!.inputs!.map((i) => ({ value: i.name, label: i.label }))} />
            </Form.Item>
          )}
          <Form.Item name="year" label="年度" rules={[{ required: true, message: '请选择年度' }]}>
            <Select style={{ width: 100 }} options={(chosen?.years ?? []).map((y) => ({ value: y, label: String(y) }))} />
          </Form.Item>
          <Form.Item name="kind" label="类型" rules={[{ required: true }]}>
            <Select style={{ width: 100 }} options={Object.entries(KIND).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item name="value" label="数值" rules={[{ required: true, message: '请填写数值' }]}>
            <InputNumber min={0} suffix={chosen?.unit} />
          </Form.Item>
          <Button type="primary" htmlType="submit">保存</Button>
        </Form>
      )}
      <Table<Schemas['FigureRecordDto']>
        size="small"
        rowKey={(r) => `${r.code}|${r.input}|${r.year}|${r.kind}`}
        loading={!figures && !error}
        dataSource={figures?.records ?? []}
        pagination={false}
        locale={{ emptyText: '暂无年度数据' }}
        columns={[
          { title: '指标', dataIndex: 'code', render: title },
          { title: '数据项', key: 'input', render: (_, r) => nodes.get(r.code)?.inputs?.find((i) => i.name === r.input)?.label ?? (r.input === 'value' ? '—' : r.input) },
          { title: '年度', dataIndex: 'year' },
          { title: '类型', dataIndex: 'kind', render: (k: keyof typeof KIND) => KIND[k] ?? k },
          { title: '数值', dataIndex: 'value' },
        ]}
      />
      {!!figures?.shortfalls.length && (
        <Space orientation="vertical" style={{ marginTop: 12 }}>
          <Typography.Text type="danger">实际低于承诺：</Typography.Text>
          {figures.shortfalls.map((s) => (
            <Typography.Text key={`${s.code}${s.input}${s.year}`}>{title(s.code)}（{s.year} 年）承诺 {s.committed}，实际 {s.actual}，差 {s.shortfall}</Typography.Text>
          ))}
        </Space>
      )}
      {!!figures?.missingActuals.length && <Alert style={{ marginTop: 12 }} type="warning" showIcon title={`${figures.missingActuals.length} 项已到期的承诺尚未填报实际数据`} />}
    </Card>
  );
}
