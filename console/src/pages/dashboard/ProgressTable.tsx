import { Card, Table } from 'antd';
import type { Schemas } from '../../api/client';
import { ExportButton, type ExportColumn } from '../../components/ExportButton';

type Progress = Schemas['ProgressDto'];
type Row = Schemas['CollegeProgressDto'];

/** The figures under the charts, one row per college, with a total row; exported as they are. */
export function ProgressTable({ data, stageLabel }: { data: Progress; stageLabel: (s: string) => string }) {
  const count = (r: Row, stage: string) => r.stages.find((s) => s.stage === stage)?.count ?? 0;
  const exportColumns: ExportColumn<Row>[] = [
    { title: '学院', value: (r) => r.collegeName, width: 20 },
    ...data.stageOrder.map((s) => ({ title: stageLabel(s), value: (r: Row) => count(r, s) })),
    { title: '合计', value: (r) => r.total },
    { title: '备案逾期', value: (r) => r.overdue.filing },
    { title: '督查整改中', value: (r) => r.overdue.supervision },
    { title: '督查逾期', value: (r) => r.overdue.supervisionOverdue },
    { title: '自查欠交', value: (r) => r.overdue.selfChecksOwed },
    { title: '月报按时', value: (r) => r.monthlyReports.onTime },
    { title: '月报迟报', value: (r) => r.monthlyReports.late },
    { title: '月报缺报', value: (r) => r.monthlyReports.missing },
    { title: '月报得分', value: (r) => r.monthlyReports.score },
  ];
  return (
    <Card
      title="明细"
      size="small"
      extra={<ExportButton<Row> filename={`数据看板-${data.year}`} columns={exportColumns} fetchPage={async () => ({ items: data.colleges, total: data.colleges.length })} />}
    >
      <Table<Row>
        rowKey="collegeId"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={data.colleges}
        locale={{ emptyText: '暂无学院' }}
        columns={[
          { title: '学院', dataIndex: 'collegeName', fixed: 'left' },
          ...data.stageOrder.map((s) => ({ title: stageLabel(s), key: s, align: 'right' as const, render: (_: unknown, r: Row) => count(r, s) })),
          { title: '合计', dataIndex: 'total', align: 'right' },
          { title: '备案逾期', key: 'filing', align: 'right', render: (_, r) => r.overdue.filing },
          { title: '督查整改中', key: 'supervision', align: 'right', render: (_, r) => r.overdue.supervision },
          { title: '督查逾期', key: 'supervisionOverdue', align: 'right', render: (_, r) => r.overdue.supervisionOverdue },
          { title: '自查欠交', key: 'selfChecks', align: 'right', render: (_, r) => r.overdue.selfChecksOwed },
          { title: '月报 按时/迟报/缺报', key: 'monthly', align: 'right', render: (_, r) => `${r.monthlyReports.onTime}/${r.monthlyReports.late}/${r.monthlyReports.missing}` },
          { title: '月报得分', key: 'score', align: 'right', render: (_, r) => r.monthlyReports.score },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
            {data.stages.map((s, i) => (
              <Table.Summary.Cell index={i + 1} key={s.stage} align="right">{s.count}</Table.Summary.Cell>
            ))}
            <Table.Summary.Cell index={data.stages.length + 1} align="right">{data.total}</Table.Summary.Cell>
            <Table.Summary.Cell index={data.stages.length + 2} align="right">{data.overdue.filing}</Table.Summary.Cell>
            <Table.Summary.Cell index={data.stages.length + 3} align="right">{data.overdue.supervision}</Table.Summary.Cell>
            <Table.Summary.Cell index={data.stages.length + 4} align="right">{data.overdue.supervisionOverdue}</Table.Summary.Cell>
            <Table.Summary.Cell index={data.stages.length + 5} align="right">{data.overdue.selfChecksOwed}</Table.Summary.Cell>
            <Table.Summary.Cell index={data.stages.length + 6} colSpan={2} />
          </Table.Summary.Row>
        )}
      />
    </Card>
  );
}
