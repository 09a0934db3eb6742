import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Alert, Breadcrumb, Card, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import { api, call, type ApiError, type Schemas } from '../../api/client';
import { useMe } from '../../auth/me';
import { ExportButton } from '../../components/ExportButton';
import { useUrlState } from '../../components/useUrlState';
import { MONTH_STATUS, useColleges, type MonthStatus } from './shared';

type Row = Schemas['MatrixRowDto'];
const KEYS = ['year', 'collegeId'] as const;
const LEGEND: MonthStatus[] = ['on_time', 'late', 'missing', 'pending', 'vacation', 'not_required'];

function Cell({ status }: { status: MonthStatus | undefined }) {
  if (!status) return <>—</>;
  const s = MONTH_STATUS[status];
  return (
    <span data-status={status} title={s.hint} style={{ display: 'block', textAlign: 'center', padding: '2px 0', borderRadius: 4, whiteSpace: 'nowrap', color: s.color, background: s.bg, fontWeight: 500 }}>
      {s.label}
    </span>
  );
}

/** 月报上报情况: colleges × months (on time, late, missing, pending, vacation) with the punctuality score; year in the URL. */
export default function MatrixPage() {
  const { me } = useMe();
  const colleges = useColleges();
  const { values, set } = useUrlState(KEYS);
  const thisYear = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
  const year = Number(values.year) || thisYear;
  const [data, setData] = useState<Schemas['MatrixDto'] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const load = useCallback(
    () => call(api.GET('/api/v1/monthly-reports/matrix', { params: { query: { year, ...(values.collegeId ? { collegeId: values.collegeId } : {}) } } })),
    [year, values.collegeId],
  );
  useEffect(() => {
    setLoading(true);
    load()
      .then((d) => {
        setData(d);
        setError(null);
      })
      .catch((e: ApiError) => setError(e.describe()))
      .finally(() => setLoading(false));
  }, [load]);
  const years = useMemo(() => Array.from({ length: 6 }, (_, i) => thisYear + 1 - i).concat(year > thisYear + 1 || year < thisYear - 4 ? [year] : []).sort((a, b) => b - a), [thisYear, year]);
  const months = data?.months ?? [];
  const monthTitle = (m: string) => `${Number(m.slice(5))}月`;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <Link to="/monthly-reports">月报</Link> }, { title: '上报情况' }]} />
      <Card
        title={`${year} 年月报上报情况`}
        extra={
          <Space>
            <Select aria-label="年度" style={{ width: 120 }} value={year} onChange={(y) => set({ year: y })} options={years.map((y) => ({ value: y, label: `${y} 年` }))} />
            {!me.collegeId && (
              <Select
                allowClear
                aria-label="学院"
                placeholder="全部学院"
                style={{ width: 200 }}
                value={values.collegeId}
                onChange={(v) => set({ collegeId: v })}
                options={colleges.map((c) => ({ value: c.id, label: c.name }))}
              />
            )}
            <ExportButton<Row>
              filename={`月报上报情况-${year}`}
              fetchPage={async () => {
                const d = await load();
                return { items: d.rows, total: d.rows.length };
              }}
              columns={[
                { title: '学院', value: (r) => r.collegeName, width: 24 },
                ...months.map((m) => ({ title: monthTitle(m), value: (r: Row) => (r.cells[m] ? MONTH_STATUS[r.cells[m]].label : ''), width: 10 })),
                { title: '按时', value: (r) => r.onTime },
                { title: '迟报', value: (r) => r.late },
                { title: '未报', value: (r) => r.missing },
                { title: '得分', value: (r) => r.score },
              ]}
            />
          </Space>
        }
      >
        <Space wrap style={{ marginBottom: 16 }} data-testid="matrix-legend">
          <Typography.Text type="secondary">图例：</Typography.Text>
          {LEGEND.map((s) => (
            <Tag key={s} color={MONTH_STATUS[s].bg} style={{ color: MONTH_STATUS[s].color, borderColor: MONTH_STATUS[s].color }}>
              {MONTH_STATUS[s].label}：{MONTH_STATUS[s].hint}
            </Tag>
          ))}
          <Typography.Text type="secondary">得分：满分 10 分，每迟报或未报一个月扣 1 分</Typography.Text>
        </Space>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Table<Row>
          rowKey="collegeId"
          size="small"
          bordered
          loading={loading}
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={data?.rows ?? []}
          locale={{ emptyText: <Empty description="暂无学院" /> }}
          columns={[
            { title: '学院', dataIndex: 'collegeName', fixed: 'left', width: 150 },
            ...months.map((m) => ({ title: monthTitle(m), key: m, width: 58, render: (_: unknown, r: Row) => <Cell status={r.cells[m]} /> })),
            { title: '按时', dataIndex: 'onTime', width: 56, align: 'center' as const },
            { title: '迟报', dataIndex: 'late', width: 56, align: 'center' as const },
            { title: '未报', dataIndex: 'missing', width: 56, align: 'center' as const },
            { title: '得分', dataIndex: 'score', width: 56, align: 'center' as const, fixed: 'right' as const, render: (s: number) => <Typography.Text strong>{s}</Typography.Text> },
          ]}
        />
      </Card>
    </Space>
  );
}
