import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Card, Empty, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api, call } from '../../api/client';
import type { paths } from '../../api/schema';
import { ExportButton } from '../../components/ExportButton';
import { formatDate, formatTime } from '../../components/time';
import { useUrlState } from '../../components/useUrlState';
import { usePagedList } from '../../components/usePagedList';
import { collegeName, useColleges } from '../monthly-reports/shared';
import { KIND_LABEL, kindOptions, SORTS, STATUS_LABEL, statusOptions, type Partner, type PartnerKind, type PartnerStatus } from './labels';
import { PartnerFormDrawer } from './PartnerFormDrawer';
import { PartnerHistoryDrawer } from './PartnerHistoryDrawer';
import { PartnerStatusModal } from './PartnerStatusModal';

const KEYS = ['q', 'kind', 'status', 'industry', 'ownerCollegeId', 'sort'] as const;
type PartnerQuery = NonNullable<paths['/api/v1/partners']['get']['parameters']['query']>;

/** 合作企业台账 — the partner ledger: filters and sort in the URL, paging, export, register/edit, status and its history. */
export default function PartnersPage() {
  const { message } = App.useApp();
  const colleges = useColleges();
  const { values, page, pageSize, set } = useUrlState(KEYS);
  const [editing, setEditing] = useState<{ partner: Partner | null } | null>(null);
  const [statusOf, setStatusOf] = useState<Partner | null>(null);
  const [viewing, setViewing] = useState<Partner | null>(null);
  const [q, setQ] = useState(values.q ?? '');
  const [industry, setIndustry] = useState(values.industry ?? '');
  useEffect(() => setQ(values.q ?? ''), [values.q]);
  useEffect(() => setIndustry(values.industry ?? ''), [values.industry]);

  const fetchPage = useCallback(
    (p: number, size: number) => {
      const query: Record<string, unknown> = { page: p, pageSize: size };
      for (const k of KEYS) if (values[k]) query[k] = values[k];
      return call(api.GET('/api/v1/partners', { params: { query: query as PartnerQuery } }));
    },
    [values],
  );
  const { data, loading, error, reload } = usePagedList(fetchPage, page, pageSize);
  const college = (id: string | null) => (id ? collegeName(colleges, id) : '合作中心');

  return (
    <Card
      title="合作企业台账"
      extra={
        <Space>
          <ExportButton<Partner>
            filename="合作企业台账"
            fetchPage={fetchPage}
            columns={[
              { title: '单位名称', value: (p) => p.name, width: 36 },
              { title: '单位类型', value: (p) => KIND_LABEL[p.kind] },
              { title: '统一社会信用代码', value: (p) => p.creditCode, width: 24 },
              { title: '所属行业', value: (p) => p.industry },
              { title: '台账状态', value: (p) => STATUS_LABEL[p.status].label },
              { title: '状态变更日期', value: (p) => formatDate(p.statusChangedAt), width: 16 },
              { title: '登记学院', value: (p) => college(p.ownerCollegeId), width: 20 },
              { title: '联系人', value: (p) => p.contactName },
              { title: '联系电话', value: (p) => p.contactPhone, width: 16 },
              { title: '地址', value: (p) => p.address, width: 36 },
              { title: '登记时间', value: (p) => formatTime(p.createdAt), width: 20 },
            ]}
          />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ partner: null })}>
            登记合作单位
          </Button>
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search allowClear placeholder="名称或信用代码" aria-label="搜索" style={{ width: 240 }} value={q} onChange={(e) => setQ(e.target.value)} onSearch={(v) => set({ q: v.trim() })} />
        <Select allowClear placeholder="全部类型" aria-label="单位类型" style={{ width: 140 }} value={values.kind} onChange={(v) => set({ kind: v })} options={kindOptions} />
        <Select allowClear placeholder="全部状态" aria-label="台账状态" style={{ width: 130 }} value={values.status} onChange={(v) => set({ status: v })} options={statusOptions} />
        <Input.Search allowClear placeholder="所属行业" aria-label="所属行业" style={{ width: 180 }} value={industry} onChange={(e) => setIndustry(e.target.value)} onSearch={(v) => set({ industry: v.trim() })} />
        <Select
          allowClear
          placeholder="全部登记学院"
          aria-label="登记学院"
          style={{ width: 180 }}
          value={values.ownerCollegeId}
          onChange={(v) => set({ ownerCollegeId: v })}
          options={colleges.map((c) => ({ value: c.id, label: c.name }))}
        />
        <Select aria-label="排序" style={{ width: 150 }} value={values.sort ?? 'name'} onChange={(v) => set({ sort: v === 'name' ? undefined : v })} options={SORTS} />
      </Space>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Table<Partner>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: <Empty description="暂无合作单位" /> }}
        pagination={{ current: page, pageSize, total: data?.total ?? 0, showSizeChanger: true, showTotal: (t) => `共 ${t} 家`, onChange: (p, s) => set({ page: p, pageSize: s }) }}
        columns={[
          { title: '单位名称', dataIndex: 'name', render: (n: string, p) => <Typography.Link onClick={() => setViewing(p)}>{n}</Typography.Link> },
          { title: '类型', dataIndex: 'kind', width: 100, render: (k: PartnerKind) => KIND_LABEL[k] },
          { title: '统一社会信用代码', dataIndex: 'creditCode', width: 200, render: (c: string) => <Typography.Text code>{c}</Typography.Text> },
          { title: '所属行业', dataIndex: 'industry', width: 120, render: (i: string | null) => i ?? '—' },
          { title: '台账状态', dataIndex: 'status', width: 100, render: (s: PartnerStatus) => <Tag color={STATUS_LABEL[s].color}>{STATUS_LABEL[s].label}</Tag> },
          { title: '状态变更', dataIndex: 'statusChangedAt', width: 120, render: formatDate },
          { title: '登记学院', dataIndex: 'ownerCollegeId', width: 150, render: college },
          {
            title: '操作',
            key: 'op',
            width: 200,
            render: (_, p) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setViewing(p)}>
                  详情
                </Button>
                <Button type="link" size="small" onClick={() => setEditing({ partner: p })}>
                  编辑
                </Button>
                <Button type="link" size="small" onClick={() => setStatusOf(p)}>
                  变更状态
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <PartnerFormDrawer
        open={editing !== null}
        partner={editing?.partner ?? null}
        onClose={() => setEditing(null)}
        onSaved={(p) => {
          message.success(editing?.partner ? '已保存' : `已登记：${p.name}`);
          setEditing(null);
          reload();
        }}
      />
      <PartnerStatusModal
        partner={statusOf}
        onClose={() => setStatusOf(null)}
        onChanged={(p) => {
          message.success(`台账状态已变更为：${STATUS_LABEL[p.status].label}`);
          setStatusOf(null);
          reload();
        }}
      />
      <PartnerHistoryDrawer partner={viewing} college={college} onClose={() => setViewing(null)} />
    </Card>
  );
}
