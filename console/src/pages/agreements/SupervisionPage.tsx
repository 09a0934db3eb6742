import { useCallback } from 'react';
import { Link } from 'react-router';
import { Alert, Card, Checkbox, Empty, Table, Tag, Typography } from 'antd';
import { api, call } from '../../api/client';
import { ExportButton } from '../../components/ExportButton';
import { useUrlState } from '../../components/useUrlState';
import { usePagedList } from '../../components/usePagedList';
import { formatTime } from '../../components/time';
import { useColleges } from '../../components/agreements/lookups';
import type { AgreementSummary } from '../../components/agreements/catalog';

/** 督查整改 — agreements under a supervision notice, with the rectification deadline (overdue ones marked). */
export default function SupervisionPage() {
  const colleges = useColleges();
  const collegeName = (id: string) => colleges.find((c) => c.id === id)?.name ?? '—';
  const { values, page, pageSize, set } = useUrlState(['overdue'] as const);
  const fetchPage = useCallback(
    (p: number, size: number) =>
      call(api.GET('/api/v1/agreements', { params: { query: { page: p, pageSize: size, stage: 'supervision', sort: '-updatedAt', ...(values.overdue === 'true' ? { overdue: true } : {}) } } })),
    [values.overdue],
  );
  const { data, loading, error } = usePagedList(fetchPage, page, pageSize);
  return (
    <Card
      title={<Typography.Title level={5} style={{ margin: 0 }}>督查整改</Typography.Title>}
      extra={
        <ExportButton<AgreementSummary>
          filename="督查整改"
          fetchPage={fetchPage}
          columns={[
            { title: '项目名称', value: (a) => a.title, width: 40 },
            { title: '二级学院', value: (a) => collegeName(a.collegeId), width: 20 },
            { title: '合作单位', value: (a) => a.partner.name, width: 30 },
            { title: '整改期限', value: (a) => formatTime(a.supervisionDeadline), width: 18 },
            { title: '逾期', value: (a) => (a.overdue ? '是' : '') },
          ]}
        />
      }
    >
      <Checkbox checked={values.overdue === 'true'} onChange={(e) => set({ overdue: e.target.checked ? 'true' : undefined })} style={{ marginBottom: 16 }}>
        仅看逾期未整改
      </Checkbox>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Table<AgreementSummary>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: <Empty description="没有督查整改中的项目" /> }}
        pagination={{ current: page, pageSize, total: data?.total ?? 0, showSizeChanger: true, showTotal: (t) => `共 ${t} 项`, onChange: (p, s) => set({ page: p, pageSize: s }) }}
        columns={[
          { title: '项目名称', dataIndex: 'title', render: (t: string, a) => <Link to={`/agreements/${a.id}`}>{t}</Link> },
          { title: '二级学院', dataIndex: 'collegeId', width: 160, render: collegeName },
          { title: '合作单位', key: 'partner', render: (_, a) => a.partner.name ?? '—' },
          { title: '进入督查', dataIndex: 'enteredStateAt', width: 160, render: formatTime },
          {
            title: '整改期限',
            dataIndex: 'supervisionDeadline',
            width: 200,
            render: (d: string | null, a) => (
              <>
                {formatTime(d)} {a.overdue && <Tag color="red">逾期</Tag>}
              </>
            ),
          },
        ]}
      />
    </Card>
  );
}
