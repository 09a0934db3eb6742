import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { Col, Empty, Row, Statistic, Table, Tag } from 'antd';
import { Panel } from '../../components/Panel';
import { api, call, type Schemas } from '../../api/client';
import { ExportButton } from '../../components/ExportButton';
import { useUrlState } from '../../components/useUrlState';
import { useWorkflow } from '../../components/workflow';
import { formatTime, relative } from '../../components/time';

type Task = Schemas['TaskDto'];
type Kind = 'agreement' | 'monthlyReport' | 'assessmentSheet';
const KINDS: { kind: Kind; label: string }[] = [
  { kind: 'agreement', label: '合作项目' },
  { kind: 'monthlyReport', label: '月报' },
  { kind: 'assessmentSheet', label: '考核表' },
];
const KIND_LABEL: Record<string, string> = Object.fromEntries(KINDS.map((k) => [k.kind, k.label]));

/** Labels of the monthly-report and assessment-sheet steps, from their machines as the API describes them. */
function useStepLabels(): Record<string, Record<string, string>> {
  const [labels, setLabels] = useState<Record<string, Record<string, string>>>({});
  useEffect(() => {
    const names = (d: { states: { path: string; label: { zh: string } }[] }) => Object.fromEntries(d.states.map((s) => [s.path, s.label.zh]));
    void Promise.all([call(api.GET('/api/v1/workflow/monthly-report')), call(api.GET('/api/v1/assessment/workflow'))])
      .then(([report, sheet]) => setLabels({ monthlyReport: names(report), assessmentSheet: names(sheet) }))
      .catch(() => undefined);
  }, []);
  return labels;
}

/** 我的待办 — the home page: what waits for me now, counted per kind, oldest first, each a link to its page. */
export default function TasksPage() {
  const labels = useWorkflow();
  const { values, page, pageSize, set } = useUrlState(['kind'] as const);
  const kind = values.kind as Kind | undefined;
  const [data, setData] = useState<Schemas['TaskListDto'] | null>(null);
  const [loading, setLoading] = useState(true);
  const fetchPage = useCallback(
    (p: number, size: number) => call(api.GET('/api/v1/tasks', { params: { query: { page: p, pageSize: size, ...(kind ? { kind } : {}) } } })),
    [kind],
  );
  useEffect(() => {
    setLoading(true);
    fetchPage(page, pageSize)
      .then(setData)
      .finally(() => setLoading(false));
  }, [fetchPage, page, pageSize]);
  const counts = data?.counts ?? {};
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const steps = useStepLabels();
  const stepLabel = (t: Task) => (t.kind === 'agreement' && labels ? labels.state(t.step) : steps[t.kind]?.[t.step] ?? t.step);
  return (
    <>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={6}>
          <Panel bodyStyle={{ padding: 20 }}>
            <Statistic title="待我处理" value={total} data-testid="tasks-total" />
          </Panel>
        </Col>
        {KINDS.map((k) => (
          <Col span={6} key={k.kind}>
            <div role="button" tabIndex={0} style={{ cursor: 'pointer' }} onClick={() => set({ kind: kind === k.kind ? undefined : k.kind })}>
              <Panel bodyStyle={{ padding: 20 }} style={kind === k.kind ? { borderColor: '#1677ff' } : undefined}>
                <Statistic title={k.label} value={counts[k.kind] ?? 0} />
              </Panel>
            </div>
          </Col>
        ))}
      </Row>
      <Panel
        title="我的待办"
        extra={
          <>
            <ExportButton<Task>
              filename="我的待办"
              fetchPage={fetchPage}
              columns={[
                { title: '类型', value: (t) => KIND_LABEL[t.kind] ?? t.kind },
                { title: '事项', value: (t) => t.title, width: 40 },
                { title: '环节', value: stepLabel, width: 20 },
                { title: '到达时间', value: (t) => formatTime(t.since), width: 20 },
                { title: '截止时间', value: (t) => formatTime(t.dueAt), width: 20 },
              ]}
            />
          </>
        }
      >
        <Table<Task>
          rowKey="id"
          loading={loading}
          dataSource={data?.items ?? []}
          locale={{ emptyText: <Empty description="暂无待办，所有事项都已处理" /> }}
          pagination={{ current: page, pageSize, total: data?.total ?? 0, showSizeChanger: true, showTotal: (t) => `共 ${t} 项`, onChange: (p, s) => set({ page: p, pageSize: s }) }}
          columns={[
            { title: '类型', dataIndex: 'kind', width: 100, render: (k: string) => <Tag color={k === 'agreement' ? 'blue' : k === 'monthlyReport' ? 'green' : 'purple'}>{KIND_LABEL[k] ?? k}</Tag> },
            { title: '事项', dataIndex: 'title', render: (title: string, t) => <Link to={t.link}>{title}</Link> },
            { title: '当前环节', key: 'step', render: (_, t) => stepLabel(t) },
            { title: '到达时间', dataIndex: 'since', width: 180, render: (s: string) => <span title={formatTime(s)}>{relative(s)}</span> },
            {
              title: '截止时间',
              dataIndex: 'dueAt',
              width: 180,
              render: (d: string | null) => (d ? <span style={new Date(d) < new Date() ? { color: '#ff4d4f' } : undefined}>{formatTime(d)}</span> : '—'),
            },
            { title: '委托', key: 'delegated', width: 100, render: (_, t) => (t.delegatedBy ? <Tag color="orange">受委托</Tag> : null) },
          ]}
        />
      </Panel>
    </>
  );
}
