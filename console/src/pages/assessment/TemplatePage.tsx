import { useCallback, useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { Alert, App, Breadcrumb, Button, Card, Descriptions, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { api, call, ApiError, type Schemas } from '../../api/client';
import { TemplateEditor } from './TemplateEditor';
import { CATEGORY_LABELS, NATURE_LABELS, RULE_LABELS, type Node } from './sheetTree';

type Template = Schemas['TemplateDto'];

/** One template version as its tree of indicators; the admin edits the next version's draft as JSON and publishes it. */
export default function TemplatePage() {
  const { key = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const version = params.get('version') ? Number(params.get('version')) : undefined;
  const { message } = App.useApp();
  const [summary, setSummary] = useState<Schemas['TemplateSummaryDto'] | null>(null);
  const [template, setTemplate] = useState<Template | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      const all = await call(api.GET('/api/v1/assessment/templates'));
      setSummary(all.find((t) => t.key === key) ?? null);
      setTemplate(await call(api.GET('/api/v1/assessment/templates/{key}', { params: { path: { key }, query: version ? { version } : {} } })));
      setError(null);
    } catch (err) {
      setError(err as ApiError);
    }
  }, [key, version]);
  useEffect(() => void load(), [load]);
  const startEdit = async () => {
    // edit the draft when there is one, else start from the latest published version
    const source = summary?.draft ? await call(api.GET('/api/v1/assessment/templates/{key}', { params: { path: { key }, query: { version: summary.draft } } })) : template!;
    const { version: _v, status: _s, ...definition } = source;
    setEditing(JSON.stringify(definition, null, 2));
  };
  const publish = async () => {
    try {
      const t = await call(api.POST('/api/v1/assessment/templates/{key}/publish', { params: { path: { key } } }));
      message.success(`已发布第 ${t.version} 版`);
      setParams({ version: String(t.version) });
      await load();
    } catch (err) {
      message.error((err as ApiError).describe());
    }
  };
  if (error) return <Alert type="error" showIcon title={error.describe()} />;
  if (!template) return <Card loading />;
  const versions = Array.from({ length: Math.max(summary?.draft ?? 0, summary?.latestPublished ?? 0, template.version) }, (_, i) => i + 1);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <Link to="/system/templates">指标体系</Link> }, { title: template.name }]} />
      <Card
        title={<Space>{template.name}<Tag color={template.status === 'published' ? 'success' : 'warning'}>{template.status === 'published' ? '已发布' : '草稿'}</Tag></Space>}
        extra={
          <Space>
            <Select aria-label="版本" value={template.version} style={{ width: 130 }} onChange={(v) => setParams({ version: String(v) })} options={versions.map((v) => ({ value: v, label: `第 ${v} 版${v === summary?.draft ? '（草稿）' : ''}` }))} />
            <Button onClick={startEdit}>{summary?.draft ? '编辑草稿' : '新建草稿'}</Button>
            {summary?.draft && (
              <Popconfirm title={`发布第 ${summary.draft} 版？发布后不可修改`} onConfirm={publish} okText="发布" cancelText="取消">
                <Button type="primary">发布草稿</Button>
              </Popconfirm>
            )}
          </Space>
        }
      >
        <Descriptions size="small" column={4}>
          <Descriptions.Item label="标识">{template.key}</Descriptions.Item>
          <Descriptions.Item label="考核对象">{template.subject === 'college' ? '二级学院' : '市域产教联合体'}</Descriptions.Item>
          <Descriptions.Item label="权重">自评 {template.weights.self} · 考评 {template.weights.group}</Descriptions.Item>
          <Descriptions.Item label="最少自选">{template.minOptional ?? '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title="指标" size="small">
        <Table<Node>
          key={`${template.key}@${template.version}`}
          rowKey="code"
          size="small"
          pagination={false}
          dataSource={template.nodes}
          expandable={{ defaultExpandAllRows: true, childrenColumnName: 'children' }}
          columns={[
            { title: '编码', dataIndex: 'code', width: 140 },
            { title: '指标', dataIndex: 'title' },
            { title: '分值', key: 'points', width: 90, render: (_, n) => (n.points === undefined ? '—' : n.bonusCap ? `${n.points}（+${n.bonusCap}）` : n.points) },
            { title: '类别', key: 'kind', width: 130, render: (_, n) => [n.category && CATEGORY_LABELS[n.category], n.selection && (n.selection === 'optional' ? '自选' : '必选')].filter(Boolean).join(' · ') || '—' },
            { title: '性质', dataIndex: 'nature', width: 100, render: (v?: string) => (v ? NATURE_LABELS[v] ?? v : '—') },
            { title: '单位', dataIndex: 'unit', width: 70, render: (v?: string) => v ?? '—' },
            { title: '计分规则', key: 'rule', width: 160, render: (_, n) => (n.rule ? `${RULE_LABELS[String(n.rule.type)] ?? String(n.rule.type)}${n.source?.startsWith('computed:') ? `（${n.source.slice(9)}）` : ''}` : '—') },
            { title: '填报项', key: 'inputs', render: (_, n) => (n.inputs ?? []).map((i) => i.label).join('、') || '—' },
          ]}
        />
      </Card>
      <TemplateEditor
        open={editing !== null}
        title={`编辑草稿 · ${template.key}`}
        initial={editing ?? ''}
        onSave={(body) => call(api.PUT('/api/v1/assessment/templates/{key}/draft', { params: { path: { key } }, body }))}
        onClose={(saved) => {
          setEditing(null);
          if (saved) (message.success(`已保存第 ${saved.version} 版草稿`), setParams({ version: String(saved.version) }));
          void load();
        }}
      />
    </Space>
  );
}
