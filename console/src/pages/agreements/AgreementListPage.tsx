import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert, Button, Card, Checkbox, Empty, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api, call } from '../../api/client';
import type { operations } from '../../api/schema';
import { useMe } from '../../auth/me';
import { ExportButton } from '../../components/ExportButton';
import { useUrlState } from '../../components/useUrlState';
import { usePagedList } from '../../components/usePagedList';
import { useWorkflow } from '../../components/workflow';
import { formatDate, formatTime } from '../../components/time';
import { COOPERATION_TYPE_OPTIONS, cooperationTypeLabel, type AgreementSummary, type CooperationType, type Stage } from '../../components/agreements/catalog';
import { useColleges, usePartners } from '../../components/agreements/lookups';
import { StageTags } from '../../components/agreements/StageTags';

type Sort = NonNullable<NonNullable<operations['AgreementsController_list']['parameters']['query']>['sort']>;
const KEYS = ['stage', 'collegeId', 'partnerId', 'cooperationType', 'q', 'overdue', 'sort'] as const;
const SORTS: { value: Sort; label: string }[] = [
  { value: '-updatedAt', label: '最近更新' },
  { value: '-createdAt', label: '最新创建' },
  { value: 'createdAt', label: '最早创建' },
  { value: 'title', label: '名称' },
  { value: 'endDate', label: '合作期满（近→远）' },
];

/** 合作项目 — every agreement the caller may read, filtered in the URL, with the stage each is at. */
export default function AgreementListPage() {
  const labels = useWorkflow();
  const { hasRole } = useMe();
  const navigate = useNavigate();
  const colleges = useColleges();
  const collegeName = (id: string) => colleges.find((c) => c.id === id)?.name ?? '—';
  const { values, page, pageSize, set } = useUrlState(KEYS);
  const [partnerQ, setPartnerQ] = useState('');
  const { partners } = usePartners(partnerQ);
  const [q, setQ] = useState(values.q ?? '');
  useEffect(() => setQ(values.q ?? ''), [values.q]);

  const fetchPage = useCallback(
    (p: number, size: number) =>
      call(
        api.GET('/api/v1/agreements', {
          params: {
            query: {
              page: p,
              pageSize: size,
              ...(values.stage ? { stage: values.stage as Stage } : {}),
              ...(values.collegeId ? { collegeId: values.collegeId } : {}),
              ...(values.partnerId ? { partnerId: values.partnerId } : {}),
              ...(values.cooperationType ? { cooperationType: values.cooperationType as CooperationType } : {}),
              ...(values.q ? { q: values.q } : {}),
              ...(values.overdue === 'true' ? { overdue: true } : {}),
              sort: (values.sort as Sort | undefined) ?? '-updatedAt',
            },
          },
        }),
      ),
    [values],
  );
  const { data, loading, error } = usePagedList(fetchPage, page, pageSize);

  const stages = (labels?.description.states ?? []).filter((s) => !s.path.includes('.'));
  const canCreate = hasRole('college_staff', 'college_leader', 'center_staff', 'center_director', 'admin');
  return (
    <Card
      title={<Typography.Title level={5} style={{ margin: 0 }}>合作项目</Typography.Title>}
      extra={
        <Space>
          <ExportButton<AgreementSummary>
            filename="合作项目"
            fetchPage={fetchPage}
            columns={[
              { title: '项目名称', value: (a) => a.title, width: 40 },
              { title: '二级学院', value: (a) => collegeName(a.collegeId), width: 20 },
              { title: '合作单位', value: (a) => a.partner.name, width: 30 },
              { title: '合作形式', value: (a) => cooperationTypeLabel(a.cooperationType), width: 16 },
              { title: '阶段', value: (a) => labels?.state(a.stage) ?? a.stage, width: 12 },
              { title: '当前环节', value: (a) => labels?.state(a.statePath) ?? a.statePath, width: 16 },
              { title: '逾期', value: (a) => (a.overdue ? '是' : '') },
              { title: '备案编号', value: (a) => a.filingNumber, width: 16 },
              { title: '签署日期', value: (a) => a.signedAt, width: 14 },
              { title: '合作期满', value: (a) => a.endDate, width: 14 },
              { title: '更新时间', value: (a) => formatTime(a.updatedAt), width: 18 },
            ]}
          />
          {canCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/agreements/new')}>
              新建合作项目
            </Button>
          )}
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search allowClear placeholder="搜索项目名称" aria-label="搜索项目名称" value={q} onChange={(e) => setQ(e.target.value)} onSearch={(v) => set({ q: v })} style={{ width: 220 }} />
        <Select allowClear placeholder="阶段" aria-label="阶段" style={{ width: 140 }} value={values.stage} onChange={(v) => set({ stage: v })} options={stages.map((s) => ({ value: s.path, label: s.label.zh }))} />
        <Select allowClear placeholder="二级学院" aria-label="二级学院" style={{ width: 180 }} value={values.collegeId} onChange={(v) => set({ collegeId: v })} options={colleges.map((c) => ({ value: c.id, label: c.name }))} />
        <Select
          allowClear
          showSearch={{ filterOption: false, onSearch: setPartnerQ }}
          placeholder="合作单位"
          aria-label="合作单位"
          style={{ width: 220 }}
          value={values.partnerId}
          onChange={(v) => set({ partnerId: v })}
          options={partners.map((p) => ({ value: p.id, label: p.name }))}
        />
        <Select allowClear placeholder="合作形式" aria-label="合作形式" style={{ width: 180 }} value={values.cooperationType} onChange={(v) => set({ cooperationType: v })} options={COOPERATION_TYPE_OPTIONS} />
        <Checkbox checked={values.overdue === 'true'} onChange={(e) => set({ overdue: e.target.checked ? 'true' : undefined })}>
          仅看逾期
        </Checkbox>
        <Select aria-label="排序" style={{ width: 170 }} value={(values.sort as Sort | undefined) ?? '-updatedAt'} onChange={(v) => set({ sort: v === '-updatedAt' ? undefined : v })} options={SORTS} />
      </Space>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Table<AgreementSummary>
        rowKey="id"
        scroll={{ x: 1150 }}
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: <Empty description="没有符合条件的合作项目" /> }}
        pagination={{ current: page, pageSize, total: data?.total ?? 0, showSizeChanger: true, showTotal: (t) => `共 ${t} 项`, onChange: (p, s) => set({ page: p, pageSize: s }) }}
        columns={[
          { title: '项目名称', dataIndex: 'title', width: 220, fixed: 'left', render: (t: string, a) => <Link to={`/agreements/${a.id}`}>{t}</Link> },
          { title: '二级学院', dataIndex: 'collegeId', width: 120, render: collegeName },
          { title: '合作单位', key: 'partner', width: 200, render: (_, a) => a.partner.name ?? '—' },
          { title: '合作形式', dataIndex: 'cooperationType', width: 130, render: cooperationTypeLabel },
          { title: '阶段', dataIndex: 'stage', width: 100, render: (s: string) => <Tag color="blue">{labels?.state(s) ?? s}</Tag> },
          { title: '当前环节', key: 'state', width: 200, render: (_, a) => <StageTags agreement={a} labels={labels} /> },
          { title: '签署日期', dataIndex: 'signedAt', width: 110, render: formatDate },
          { title: '合作期满', dataIndex: 'endDate', width: 110, render: formatDate },
        ]}
      />
    </Card>
  );
}
