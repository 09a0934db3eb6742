import { useEffect, useMemo, useState } from 'react';
import { Alert, Card, Col, InputNumber, Row, Select, Space, Spin, Statistic, Typography } from 'antd';
import { api, call, ApiError, type Schemas } from '../../api/client';
import { BarChart, StackedBarChart, colorAt } from '../../components/charts';
import { useUrlState } from '../../components/useUrlState';
import { useWorkflow } from '../../components/workflow';
import { formatTime } from '../../components/time';
import { ProgressTable } from './ProgressTable';

type Progress = Schemas['ProgressDto'];

const PUNCTUALITY = [
  { key: 'onTime', label: '按时', color: '#52c41a' },
  { key: 'late', label: '迟报', color: '#faad14' },
  { key: 'missing', label: '缺报', color: '#f5222d' },
];

/** 数据看板: agreements by college and stage, what is overdue now, and this year's monthly-report punctuality. */
export default function DashboardPage() {
  const labels = useWorkflow();
  const { values, set } = useUrlState(['year', 'collegeId'] as const);
  const year = values.year ? Number(values.year) : undefined;
  const [data, setData] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [colleges, setColleges] = useState<Array<{ value: string; label: string }>>([]);

  useEffect(() => {
    call(api.GET('/api/v1/dashboard/progress', { params: { query: { ...(year ? { year } : {}), ...(values.collegeId ? { collegeId: values.collegeId } : {}) } } }))
      .then((d) => {
        setData(d);
        setError(null);
        // the unfiltered answer lists every college the caller may see; a filtered one at least names its college
        setColleges((known) => (!values.collegeId || !known.length ? d.colleges.map((c) => ({ value: c.collegeId, label: c.collegeName })) : known));
      })
      .catch((e: unknown) => setError(e instanceof ApiError ? e.describe() : String(e)));
  }, [year, values.collegeId]);

  /** The year changes when typed in full (Enter or leaving the field), not on every keystroke. */
  const pickYear = (text: string) => {
    const y = Number(text);
    if (Number.isInteger(y) && y >= 2000 && y <= 2100 && y !== data?.year) set({ year: y });
  };
  const stageLabel = (s: string) => labels?.state(s) ?? s;
  const series = useMemo(() => (data?.stageOrder ?? []).map((s, i) => ({ key: s, label: labels?.state(s) ?? s, color: colorAt(i) })), [data, labels]);

  if (error) return <Alert type="error" showIcon message={error} />;
  if (!data) return <Spin />;
  const o = data.overdue;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap>
          <Typography.Text strong>数据看板</Typography.Text>
          <Typography.Text type="secondary">统计时间 {formatTime(data.generatedAt)}</Typography.Text>
          {/* the API answers a college user with their college only: a choice appears when there is one */}
          {(colleges.length > 1 || values.collegeId) && (
            <Select allowClear placeholder="全部学院" aria-label="学院" value={values.collegeId} onChange={(v) => set({ collegeId: v })} options={colleges} style={{ width: 200 }} />
          )}
          <span>
            月报年度{' '}
            <InputNumber
              key={data.year}
              aria-label="月报年度"
              min={2000}
              max={2100}
              precision={0}
              defaultValue={data.year}
              onPressEnter={(e) => pickYear((e.target as HTMLInputElement).value)}
              onBlur={(e) => pickYear(e.target.value)}
              style={{ width: 100 }}
            />
          </span>
        </Space>
      </Card>
      <Row gutter={16}>
        {[
          { title: '合作项目总数', value: data.total, testId: 'stat-total' },
          { title: '备案逾期', value: o.filing, danger: true, testId: 'stat-filing' },
          { title: '督查整改中', value: o.supervision, testId: 'stat-supervision' },
          { title: '督查逾期', value: o.supervisionOverdue, danger: true, testId: 'stat-supervision-overdue' },
          { title: '学期自查欠交', value: o.selfChecksOwed, danger: true, testId: 'stat-self-checks' },
        ].map((s) => (
          <Col flex={1} key={s.title}>
            <Card size="small">
              <Statistic title={s.title} value={s.value} valueStyle={s.danger && s.value ? { color: '#cf1322' } : undefined} data-testid={s.testId} />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={16}>
        <Col span={14}>
          <Card title="各学院合作项目进度（按阶段）" size="small" style={{ height: '100%' }}>
            <StackedBarChart
              title="各学院合作项目按阶段分布"
              rows={data.colleges.map((c) => ({ key: c.collegeId, label: c.collegeName, values: Object.fromEntries(c.stages.map((s) => [s.stage, s.count])) }))}
              series={series}
              emptyText="暂无合作项目"
            />
          </Card>
        </Col>
        <Col span={10}>
          <Card title="各阶段项目数" size="small" style={{ height: '100%' }}>
            <BarChart title="各阶段合作项目数" bars={data.stages.map((s, i) => ({ key: s.stage, label: stageLabel(s.stage), value: s.count, color: colorAt(i) }))} emptyText="暂无合作项目" />
          </Card>
        </Col>
      </Row>
      <Card title={`${data.year} 年月报上报情况（按学院）`} size="small">
        <StackedBarChart
          title="各学院月报按时、迟报、缺报月数"
          rows={data.colleges.map((c) => ({ key: c.collegeId, label: `${c.collegeName}（${c.monthlyReports.score} 分）`, values: { onTime: c.monthlyReports.onTime, late: c.monthlyReports.late, missing: c.monthlyReports.missing } }))}
          series={PUNCTUALITY}
          labelWidth={180}
          emptyText="本年度尚无应报月份"
        />
      </Card>
      <ProgressTable data={data} stageLabel={stageLabel} />
    </Space>
  );
}
