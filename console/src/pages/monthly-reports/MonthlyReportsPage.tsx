import { useCallback, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert, Button, Card, DatePicker, Empty, Select, Space, Table } from 'antd';
import { PlusOutlined, TableOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { api, call } from '../../api/client';
import { useMe } from '../../auth/me';
import { ExportButton } from '../../components/ExportButton';
import { formatTime } from '../../components/time';
import { useUrlState } from '../../components/useUrlState';
import { usePagedList } from '../../components/usePagedList';
import { CreateReportModal } from './CreateReportModal';
import { collegeName, monthLabel, REPORT_STATUSES, statusLabel, StatusTag, useColleges, useReportMachine, type Report, type ReportStatus } from './shared';

const KEYS = ['collegeId', 'month', 'status'] as const;

/** 月报 — the list: filters (college, month, status) in the URL, paging from the API, export, 新建月报 for colleges. */
export default function MonthlyReportsPage() {
  const { me, hasRole } = useMe();
  const navigate = useNavigate();
  const machine = useReportMachine();
  const colleges = useColleges();
  const { values, page, pageSize, set } = useUrlState(KEYS);
  const [creating, setCreating] = useState(false);
  const fetchPage = useCallback(
    (p: number, size: number) =>
      call(
        api.GET('/api/v1/monthly-reports', {
          params: {
            query: {
              page: p,
              pageSize: size,
              ...(values.collegeId ? { collegeId: values.collegeId } : {}),
              ...(values.month ? { month: values.month } : {}),
              ...(values.status ? { status: values.status as ReportStatus } : {}),
            },
          },
        }),
      ),
    [values.collegeId, values.month, values.status],
  );
  const { data, loading, error } = usePagedList(fetchPage, page, pageSize);
  const college = (r: Report) => collegeName(colleges, r.collegeId);
  return (
    <Card
      title="月报"
      extra={
        <Space>
          <Button icon={<TableOutlined />} onClick={() => navigate('/monthly-reports/matrix')}>
            上报情况
          </Button>
          <ExportButton<Report>
            filename="月报"
            fetchPage={fetchPage}
            columns={[
              { title: '月份', value: (r) => r.month },
              { title: '学院', value: college, width: 24 },
              { title: '状态', value: (r) => statusLabel(machine, r.status), width: 20 },
              { title: '本月工作开展情况', value: (r) => r.workDone, width: 60 },
              { title: '提交时间', value: (r) => formatTime(r.submittedAt), width: 20 },
              { title: '上报时间', value: (r) => formatTime(r.signedOffAt), width: 20 },
            ]}
          />
          {hasRole('college_staff', 'college_leader') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              新建月报
            </Button>
          )}
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        {!me.collegeId && (
          <Select
            allowClear
            placeholder="全部学院"
            aria-label="学院"
            style={{ width: 200 }}
            value={values.collegeId}
            onChange={(v) => set({ collegeId: v })}
            options={colleges.map((c) => ({ value: c.id, label: c.name }))}
          />
        )}
        <DatePicker
          picker="month"
          placeholder="全部月份"
          aria-label="月份"
          value={values.month ? dayjs(`${values.month}-01`) : null}
          onChange={(d) => set({ month: d ? d.format('YYYY-MM') : undefined })}
        />
        <Select
          allowClear
          placeholder="全部状态"
          aria-label="状态"
          style={{ width: 180 }}
          value={values.status}
          onChange={(v) => set({ status: v })}
          options={REPORT_STATUSES.map((s) => ({ value: s, label: statusLabel(machine, s) }))}
        />
      </Space>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Table<Report>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: <Empty description="暂无月报" /> }}
        pagination={{ current: page, pageSize, total: data?.total ?? 0, showSizeChanger: true, showTotal: (t) => `共 ${t} 份`, onChange: (p, s) => set({ page: p, pageSize: s }) }}
        columns={[
          { title: '月份', dataIndex: 'month', width: 120, render: (m: string, r) => <Link to={`/monthly-reports/${r.id}`}>{monthLabel(m)}</Link> },
          { title: '学院', key: 'college', render: (_, r) => college(r) },
          { title: '状态', dataIndex: 'status', width: 180, render: (s: ReportStatus) => <StatusTag machine={machine} status={s} /> },
          { title: '提交时间', dataIndex: 'submittedAt', width: 170, render: formatTime },
          { title: '上报时间', dataIndex: 'signedOffAt', width: 170, render: formatTime },
          { title: '更新时间', dataIndex: 'updatedAt', width: 170, render: formatTime },
          { title: '操作', key: 'op', width: 80, render: (_, r) => <Link to={`/monthly-reports/${r.id}`}>查看</Link> },
        ]}
      />
      <CreateReportModal open={creating} onClose={() => setCreating(false)} onCreated={(r) => navigate(`/monthly-reports/${r.id}`)} />
    </Card>
  );
}
