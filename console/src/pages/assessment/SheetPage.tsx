import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert, Breadcrumb, Button, Card, Col, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { api, call, ApiError, type Schemas } from '../../api/client';
import { useMe } from '../../auth/me';
import { FiguresCard } from './FiguresCard';
import { HistoryCard } from './HistoryCard';
import { ItemDrawer, type ItemContext } from './ItemDrawer';
import { SheetEvents } from './SheetEvents';
import { itemTree, maxOf, nodesByCode, ruleLabel, type ItemRow } from './sheetTree';
import { DownloadButton, score, SheetStateTag, useSheetLabels } from './shared';

type Sheet = Schemas['SheetDto'];

/** 考核表: the indicators as the template groups them, the college's inputs and proposals, scores, totals, events. */
export default function SheetPage() {
  const { id = '', subjectId = '' } = useParams();
  const labels = useSheetLabels();
  const { me, hasRole } = useMe();
  const [sheet, setSheet] = useState<Sheet | null>(null);
  const [template, setTemplate] = useState<Schemas['TemplateDto'] | null>(null);
  const [docs, setDocs] = useState<Schemas['EvidenceDocumentDto'][]>([]);
  const [history, setHistory] = useState<Schemas['SheetStepDto'][]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const path = useMemo(() => ({ id, subjectId }), [id, subjectId]);
  const loadDocs = useCallback(() => call(api.GET('/api/v1/assessment/cycles/{id}/sheets/{subjectId}/documents', { params: { path } })).then(setDocs), [path]);
  const loadHistory = useCallback(() => call(api.GET('/api/v1/assessment/cycles/{id}/sheets/{subjectId}/history', { params: { path } })).then(setHistory), [path]);
  useEffect(() => {
    call(api.GET('/api/v1/assessment/cycles/{id}/sheets/{subjectId}', { params: { path } }))
      .then(async (s) => {
        setSheet(s);
        setTemplate(await call(api.GET('/api/v1/assessment/templates/{key}', { params: { path: { key: s.templateKey }, query: { version: s.templateVersion } } })));
      })
      .catch((err: ApiError) => setError(err));
    void loadDocs();
    void loadHistory();
  }, [path, loadDocs, loadHistory]);
  const nodes = useMemo(() => nodesByCode(template?.nodes ?? []), [template]);
  if (error) return <Alert type="error" showIcon title={error.describe()} />;
  if (!sheet || !template) return <Card loading />;
  const isCollege = template.subject === 'college';
  const scored = sheet.items.some((i) => i.points !== null);
  const ownsSheet = isCollege ? hasRole('college_staff', 'college_leader') && me.collegeId === sheet.subjectId : hasRole('center_staff', 'center_director');
  const ctx: ItemContext = {
    sheet,
    docs,
    meId: me.id,
    canFill: sheet.state === 'drafting' && ownsSheet,
    canScore: sheet.state === 'submitted' && hasRole('assessor'),
    onItem: (r) => setSheet((s) => (s ? { ...s, totals: r.totals, items: s.items.map((i) => (i.code === r.item.code ? r.item : i)) } : s)),
    onDocs: () => void loadDocs(),
  };
  // group rows show the sums of their leaves; refresh the whole sheet after an item changed them
  const refresh = () => call(api.GET('/api/v1/assessment/cycles/{id}/sheets/{subjectId}', { params: { path } })).then(setSheet);
  // a 409's `items.C1.inputs.textbooks` read as the indicator and the input's label
  const describeField = (field: string) => {
    const m = /^items\.(.+)\.inputs\.([^.]+)$/.exec(field);
    if (!m) return field === 'selected' ? '自选指标' : field;
    const node = nodes.get(m[1]);
    return `${m[1]} ${node?.title ?? ''} · ${node?.inputs?.find((i) => i.name === m[2])?.label ?? m[2]}`;
  };
  const item = open ? sheet.items.find((i) => i.code === open) ?? null : null;
  const action = ctx.canScore ? '评分' : ctx.canFill ? '填报' : '查看';
  const base = `/api/v1/assessment/cycles/${sheet.cycleId}/sheets/${sheet.subjectId}`;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <Link to="/assessment">年度考核</Link> }, { title: <Link to={`/assessment/cycles/${sheet.cycleId}`}>{sheet.year} 年度 · {template.name}</Link> }, { title: sheet.subjectName }]} />
      <Card
        title={<Space>{`${sheet.subjectName} · ${sheet.year} 年度考核表`}<SheetStateTag state={sheet.state} labels={labels} /></Space>}
        extra={
          <Space>
            <DownloadButton path={`${base}/export.xlsx`} filename={`${sheet.year}年度考核表-${sheet.subjectName}.xlsx`} label="导出考核表" />
            {isCollege && <DownloadButton path={`${base}/self-report.docx`} filename={`${sheet.year}年度自评报告-${sheet.subjectName}.docx`} label="下载自评报告" />}
          </Space>
        }
      >
        <Row gutter={16}>
          {scored && (
            <>
              <Col span={5}><Statistic title={`自评 S1（×${sheet.weights.self}）`} value={score(sheet.totals.s1)} /></Col>
              <Col span={5}><Statistic title={`考评 S2（×${sheet.weights.group}）`} value={score(sheet.totals.s2)} /></Col>
              <Col span={5}><Statistic title="总评" value={score(sheet.totals.final)} /></Col>
            </>
          )}
          <Col span={4}><Statistic title="结论" value={sheet.verdict ?? '—'} styles={sheet.vetoHit ? { content: { color: '#cf1322' } } : undefined} /></Col>
          <Col span={5}><Statistic title="指标体系" value={`${template.key} v${template.version}`} styles={{ content: { fontSize: 16 } }} /></Col>
        </Row>
        <div style={{ marginTop: 16 }}>
          <SheetEvents sheet={sheet} labels={labels} describeField={describeField} onDone={(s) => (setSheet(s), void loadHistory())} />
        </div>
      </Card>
      <Row gutter={16}>
        <Col span={18}>
          {!isCollege && <div style={{ marginBottom: 16 }}><FiguresCard sheet={sheet} nodes={nodes} editable={ctx.canFill} /></div>}
          <Card title="指标" size="small">
            <Table<ItemRow>
              rowKey="code"
              size="small"
              pagination={false}
              dataSource={itemTree(sheet.items)}
              // scored systems open fully; the long unscored ones (consortium observation points) at their first level
              expandable={scored ? { defaultExpandAllRows: true } : { defaultExpandedRowKeys: sheet.items.filter((i) => i.level === 1).map((i) => i.code) }}
              columns={[
                { title: '编码', dataIndex: 'code', width: 160, render: (c: string) => <span style={{ whiteSpace: 'nowrap' }}>{c}</span> },
                {
                  title: '指标', dataIndex: 'title',
                  render: (t: string, r) => (
                    <>
                      {r.leaf ? t : <Typography.Text strong>{t}</Typography.Text>}
                      {r.selection === 'optional' && r.leaf && <Tag style={{ marginLeft: 6 }} color={r.selected ? 'blue' : 'default'}>{r.selected ? '自选 √' : '自选'}</Tag>}
                    </>
                  ),
                },
                { title: '计分规则', key: 'rule', width: 150, render: (_, r) => (r.leaf ? ruleLabel(nodes.get(r.code)) : scored ? '小计' : '') },
                // unscored systems (observation points) show no score columns
                ...(scored ? [
                  { title: '分值', key: 'points', width: 90, render: (_: unknown, r: ItemRow) => (r.points === null ? '—' : r.bonusCap ? `${r.points}（≤${maxOf(r)}）` : r.points) },
                  { title: '系统建议', key: 'proposal', width: 90, render: (_: unknown, r: ItemRow) => score(r.proposal?.score) },
                  { title: '自评', dataIndex: 'selfScore', width: 80, render: score },
                  { title: '考核组', dataIndex: 'groupScore', width: 80, render: score },
                ] : []),
                ...(ctx.canScore ? [{ title: '我的评分', key: 'mine', width: 90, render: (_: unknown, r: ItemRow) => score(r.scores.find((s) => s.assessorId === me.id)?.score) }] : []),
                { title: '操作', key: 'op', width: 80, render: (_, r) => <Button type="link" size="small" onClick={() => setOpen(r.code)}>{r.leaf ? action : '查看'}</Button> },
              ]}
            />
          </Card>
        </Col>
        <Col span={6}>
          <HistoryCard steps={history} labels={labels} />
        </Col>
      </Row>
      <ItemDrawer item={item} node={open ? nodes.get(open) : undefined} ctx={ctx} onClose={() => (setOpen(null), void refresh())} />
    </Space>
  );
}
