import { useEffect, useState } from 'react';
import { Alert, Card, Descriptions, Empty, Space, Tag, Timeline, Typography } from 'antd';
import { api, ApiError, call, type Schemas } from '../../api/client';
import { ROLE_LABELS, type Role } from '../../auth/me';
import { formatTime } from '../time';
import type { WorkflowLabels } from '../workflow';
import { SELF_CHECK_FIGURES } from './catalog';
import { FIELD_LABELS } from './requirements';

type Entry = Schemas['HistoryEntryDto'];

const DATA_LABELS: Record<string, string> = { ...FIELD_LABELS, filingNumber: '备案编号', ...Object.fromEntries(Object.entries(SELF_CHECK_FIGURES).map(([k, f]) => [k, f.zh])) };

function dataItems(data: Record<string, unknown>, labels: WorkflowLabels): { key: string; label: string; children: string }[] {
  return Object.entries(data).flatMap(([k, v]) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) return dataItems(v as Record<string, unknown>, labels);
    let text = Array.isArray(v) ? v.join('、') : typeof v === 'boolean' ? (v ? '是' : '否') : String(v ?? '—');
    if (k === 'to') text = labels.state(String(v));
    return [{ key: k, label: DATA_LABELS[k] ?? k, children: text }];
  });
}

function DataList({ items }: { items: ReturnType<typeof dataItems> }) {
  return <Descriptions size="small" column={items.length > 2 ? 1 : 2} style={{ marginTop: 4 }} items={items} />;
}

/** 流转记录: every step, oldest first — who (with the roles they acted with), when, from → to, comment and data. */
export function HistoryTimeline({ agreementId, version, labels }: { agreementId: string; version: number; labels: WorkflowLabels }) {
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call(api.GET('/api/v1/agreements/{id}/history', { params: { path: { id: agreementId } } }))
      .then(setEntries)
      .catch((e) => setError(e instanceof ApiError ? e.describe() : String(e)));
  }, [agreementId, version]);
  const actor = (e: Entry) => `${e.actor.username}（${e.actor.roles.map((r) => (r === 'system' ? '系统' : ROLE_LABELS[r as Role] ?? r)).join('、')}）`;
  return (
    <Card title="流转记录" size="small" data-testid="history">
      {error && <Alert type="error" showIcon message={error} />}
      {entries && entries.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚无流转记录" />}
      {entries && entries.length > 0 && (
        <Timeline
          items={entries.map((e) => ({
            key: e.id,
            color: ['REJECT', 'RETURN', 'DECLINE', 'WITHDRAW'].includes(e.event) ? 'red' : e.event === 'RECALL' ? 'gray' : 'blue',
            children: (
              <div data-testid="history-entry">
                <Space wrap size={6}>
                  <Typography.Text strong>{labels.event(e.event)}</Typography.Text>
                  <Typography.Text>
                    {labels.state(e.from)} → {labels.state(e.to)}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {actor(e)} · {formatTime(e.at)}
                  </Typography.Text>
                </Space>
                {e.comment && <Typography.Paragraph style={{ margin: '4px 0 0' }}>意见：{e.comment}</Typography.Paragraph>}
                {e.data && Object.keys(e.data).length > 0 && <DataList items={dataItems(e.data, labels)} />}
                {e.documents.length > 0 && (
                  <div style={{ marginTop: 4 }}>
                    {e.documents.map((d) => (
                      <Tag key={d.id}>
                        {labels.document(d.kind)} 第 {d.version} 版
                      </Tag>
                    ))}
                  </div>
                )}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
