import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, Card, Empty, Input, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api, call, type Schemas } from '../../api/client';
import { ExportButton } from '../../components/ExportButton';
import { useUrlState } from '../../components/useUrlState';
import { TemplateEditor } from './TemplateEditor';

type Summary = Schemas['TemplateSummaryDto'];
const SUBJECT = { college: '二级学院', consortium: '市域产教联合体' } as Record<string, string>;
const EXAMPLE = JSON.stringify({ key: 'new-template', name: '新指标体系', subject: 'college', weights: { self: 0.4, group: 0.6 }, nodes: [{ code: 'A', title: '一级指标', level: 1, children: [{ code: 'A1', title: '二级指标', level: 2, points: 100, selection: 'mandatory', nature: 'qualitative', source: 'manual', rule: { type: 'manual' } }] }] }, null, 2);

/** 指标体系 (admin): every template key with its latest published version and its draft; a new one as JSON. */
export default function TemplatesPage() {
  const navigate = useNavigate();
  const { values, page, pageSize, set } = useUrlState(['q'] as const);
  const [list, setList] = useState<Summary[] | null>(null);
  const [creating, setCreating] = useState(false);
  useEffect(() => {
    call(api.GET('/api/v1/assessment/templates')).then(setList);
  }, []);
  const filtered = useMemo(() => (list ?? []).filter((t) => !values.q || `${t.key} ${t.name}`.includes(values.q)), [list, values.q]);
  const fetchPage = useCallback(async (p: number, size: number) => ({ items: filtered.slice((p - 1) * size, p * size), total: filtered.length }), [filtered]);
  return (
    <Card
      title={<Typography.Title level={5} style={{ margin: 0 }}>指标体系</Typography.Title>}
      extra={
        <Space>
          <Input.Search placeholder="名称或标识" allowClear defaultValue={values.q} onSearch={(q) => set({ q })} style={{ width: 220 }} />
          <ExportButton<Summary>
            filename="指标体系"
            fetchPage={fetchPage}
            columns={[
              { title: '标识', value: (t) => t.key, width: 24 },
              { title: '名称', value: (t) => t.name, width: 40 },
              { title: '考核对象', value: (t) => SUBJECT[t.subject] ?? t.subject },
              { title: '已发布版本', value: (t) => t.latestPublished },
              { title: '草稿版本', value: (t) => t.draft },
            ]}
          />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>新建指标体系</Button>
        </Space>
      }
    >
      <Table<Summary>
        rowKey="key"
        loading={!list}
        dataSource={filtered}
        locale={{ emptyText: <Empty description="暂无指标体系" /> }}
        pagination={{ current: page, pageSize, total: filtered.length, showTotal: (t) => `共 ${t} 个`, onChange: (p, s) => set({ page: p, pageSize: s }) }}
        columns={[
          { title: '标识', dataIndex: 'key', render: (k: string) => <Link to={`/system/templates/${k}`}>{k}</Link> },
          { title: '名称', dataIndex: 'name' },
          { title: '考核对象', dataIndex: 'subject', render: (s: string) => SUBJECT[s] ?? s },
          { title: '已发布版本', dataIndex: 'latestPublished', render: (v: number | null) => (v ? <Tag color="success">第 {v} 版</Tag> : '—') },
          { title: '草稿', dataIndex: 'draft', render: (v: number | null) => (v ? <Tag color="warning">第 {v} 版草稿</Tag> : '—') },
        ]}
      />
      <TemplateEditor
        open={creating}
        title="新建指标体系"
        initial={EXAMPLE}
        onSave={(body) => call(api.POST('/api/v1/assessment/templates', { body }))}
        onClose={(saved) => (setCreating(false), saved && navigate(`/system/templates/${saved.key}?version=${saved.version}`))}
      />
    </Card>
  );
}
