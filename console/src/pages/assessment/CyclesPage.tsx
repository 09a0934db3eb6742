import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, Card, Empty, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api, call, type Schemas } from '../../api/client';
import { useMe } from '../../auth/me';
import { ExportButton } from '../../components/ExportButton';
import { formatDate, formatTime } from '../../components/time';
import { useUrlState } from '../../components/useUrlState';
import { OpenCycleModal } from './OpenCycleModal';
import { SheetStateTag, useSheetLabels } from './shared';

type Cycle = Schemas['CycleDto'];

/** 年度考核: every cycle (a college sees its own sheet in each), newest year first; the center opens new ones. */
export default function CyclesPage() {
  const labels = useSheetLabels();
  const { hasRole } = useMe();
  const navigate = useNavigate();
  const { values, page, pageSize, set } = useUrlState(['year'] as const);
  const [cycles, setCycles] = useState<Cycle[] | null>(null);
  const [opening, setOpening] = useState(false);
  useEffect(() => {
    call(api.GET('/api/v1/assessment/cycles')).then(setCycles);
  }, []);
  const filtered = useMemo(() => (cycles ?? []).filter((c) => !values.year || String(c.year) === values.year), [cycles, values.year]);
  const fetchPage = useCallback(async (p: number, size: number) => ({ items: filtered.slice((p - 1) * size, p * size), total: filtered.length }), [filtered]);
  const progress = (c: Cycle) => {
    const counts = new Map<string, number>();
    for (const s of c.sheets) counts.set(s.state, (counts.get(s.state) ?? 0) + 1);
    return [...counts].map(([state, n]) => `${labels.state(state)} ${n}`).join('，');
  };
  return (
    <Card
      title={<Typography.Title level={5} style={{ margin: 0 }}>年度考核</Typography.Title>}
      extra={
        <Space>
          <InputNumber placeholder="年度" aria-label="年度" min={2000} max={2100} value={values.year ? Number(values.year) : null} onChange={(v) => set({ year: v ?? undefined })} />
          <ExportButton<Cycle>
            filename="考核周期"
            fetchPage={fetchPage}
            columns={[
              { title: '年度', value: (c) => c.year },
              { title: '指标体系', value: (c) => `${c.templateName}（第 ${c.templateVersion} 版）`, width: 40 },
              { title: '考核期间', value: (c) => `${c.periodStart} 至 ${c.periodEnd}`, width: 26 },
              { title: '考核表', value: progress, width: 30 },
              { title: '发布时间', value: (c) => formatTime(c.publishedAt), width: 20 },
            ]}
          />
          {hasRole('center_staff', 'center_director') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)}>
              开启考核周期
            </Button>
          )}
        </Space>
      }
    >
      <Table<Cycle>
        rowKey="id"
        loading={!cycles}
        dataSource={filtered}
        locale={{ emptyText: <Empty description="暂无考核周期" /> }}
        pagination={{ current: page, pageSize, total: filtered.length, showTotal: (t) => `共 ${t} 个`, onChange: (p, s) => set({ page: p, pageSize: s }) }}
        columns={[
          { title: '年度', dataIndex: 'year', width: 90 },
          { title: '指标体系', key: 'template', render: (_, c) => <Link to={`/assessment/cycles/${c.id}`}>{c.templateName}</Link> },
          { title: '版本', dataIndex: 'templateVersion', width: 70, render: (v: number) => `第 ${v} 版` },
          { title: '考核期间', key: 'period', width: 220, render: (_, c) => `${formatDate(c.periodStart)} 至 ${formatDate(c.periodEnd)}` },
          {
            title: '考核表',
            key: 'sheets',
            render: (_, c) =>
              c.sheets.length === 1 ? (
                <Link to={`/assessment/cycles/${c.id}/sheets/${c.sheets[0].subjectId}`}>
                  {c.sheets[0].subjectName} <SheetStateTag state={c.sheets[0].state} labels={labels} />
                </Link>
              ) : (
                progress(c) || '—'
              ),
          },
          { title: '状态', key: 'published', width: 120, render: (_, c) => (c.publishedAt ? <Tag color="success">已发布</Tag> : <Tag color="processing">进行中</Tag>) },
        ]}
      />
      <OpenCycleModal open={opening} onClose={() => setOpening(false)} onOpened={(c) => navigate(`/assessment/cycles/${c.id}`)} />
    </Card>
  );
}
