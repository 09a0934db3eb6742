import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { Alert, Card, Empty, Input, Table, Tag, Typography } from 'antd';
import { api, call, type Schemas } from '../../api/client';
import { ExportButton } from '../../components/ExportButton';
import { useUrlState } from '../../components/useUrlState';
import { usePagedList } from '../../components/usePagedList';
import { formatDate, formatTime } from '../../components/time';
import { useColleges } from '../../components/agreements/lookups';

type Obligation = Schemas['ObligationDto'];
const STATUS: Record<Obligation['status'], { label: string; color: string }> = {
  fulfilled: { label: '已提交', color: 'green' },
  pending: { label: '待提交', color: 'orange' },
  late: { label: '逾期未交', color: 'red' },
};
const SEMESTER = /^\d{4}-\d{4}-[12]$/;

/** 学期自查 — each running agreement's self-check per semester: due date, submitted or not. */
export default function SelfChecksPage() {
  const colleges = useColleges();
  const collegeName = (id: string) => colleges.find((c) => c.id === id)?.name ?? '—';
  const { values, page, pageSize, set } = useUrlState(['semester'] as const);
  const [semester, setSemester] = useState(values.semester ?? '');
  const fetchPage = useCallback(
    (p: number, size: number) => call(api.GET('/api/v1/self-check-obligations', { params: { query: { page: p, pageSize: size, ...(values.semester ? { semester: values.semester } : {}) } } })),
    [values.semester],
  );
  const { data, loading, error } = usePagedList(fetchPage, page, pageSize);
  const invalid = semester !== '' && !SEMESTER.test(semester);
  return (
    <Card
      title={<Typography.Title level={5} style={{ margin: 0 }}>学期自查</Typography.Title>}
      extra={
        <ExportButton<Obligation>
          filename="学期自查"
          fetchPage={fetchPage}
          columns={[
            { title: '项目名称', value: (o) => o.title, width: 40 },
            { title: '二级学院', value: (o) => collegeName(o.collegeId), width: 20 },
            { title: '学期', value: (o) => o.semester, width: 14 },
            { title: '应交日期', value: (o) => o.dueOn, width: 14 },
            { title: '提交时间', value: (o) => formatTime(o.submittedAt), width: 18 },
            { title: '状态', value: (o) => STATUS[o.status].label },
          ]}
        />
      }
    >
      <Input.Search
        allowClear
        aria-label="学期"
        placeholder="学期，如 2026-2027-1"
        value={semester}
        status={invalid ? 'error' : undefined}
        onChange={(e) => setSemester(e.target.value)}
        onSearch={(v) => SEMESTER.test(v) || v === '' ? set({ semester: v }) : undefined}
        style={{ width: 260, marginBottom: 16 }}
      />
      {invalid && <Typography.Text type="danger" style={{ marginLeft: 12 }}>学期格式如 2026-2027-1（1 为秋季学期，2 为春季学期）</Typography.Text>}
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Table<Obligation>
        rowKey={(o) => `${o.agreementId}-${o.semester}`}
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: <Empty description="没有需要自查的项目" /> }}
        pagination={{ current: page, pageSize, total: data?.total ?? 0, showSizeChanger: true, showTotal: (t) => `共 ${t} 项`, onChange: (p, s) => set({ page: p, pageSize: s }) }}
        columns={[
          { title: '项目名称', dataIndex: 'title', render: (t: string, o) => <Link to={`/agreements/${o.agreementId}`}>{t}</Link> },
          { title: '二级学院', dataIndex: 'collegeId', width: 160, render: collegeName },
          { title: '学期', dataIndex: 'semester', width: 120 },
          { title: '应交日期', dataIndex: 'dueOn', width: 120, render: formatDate },
          { title: '提交时间', dataIndex: 'submittedAt', width: 160, render: formatTime },
          { title: '状态', dataIndex: 'status', width: 110, render: (s: Obligation['status']) => <Tag color={STATUS[s].color}>{STATUS[s].label}</Tag> },
        ]}
      />
    </Card>
  );
}
