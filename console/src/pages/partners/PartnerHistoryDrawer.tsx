import { useEffect, useState } from 'react';
import { Alert, Descriptions, Divider, Drawer, Empty, Skeleton, Tag, Timeline, Typography } from 'antd';
import { api, call, type ApiError, type Schemas } from '../../api/client';
import { formatTime } from '../../components/time';
import { KIND_LABEL, STATUS_LABEL, type Partner } from './labels';

type Change = Schemas['PartnerStatusChange'];

/** A partner's details and its ledger status history, oldest first (GET /partners/{id}/status-history). */
export function PartnerHistoryDrawer({ partner, college, onClose }: { partner: Partner | null; college: (id: string | null) => string; onClose: () => void }) {
  const [changes, setChanges] = useState<Change[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setChanges(null);
    setError(null);
    if (!partner) return;
    call(api.GET('/api/v1/partners/{id}/status-history', { params: { path: { id: partner.id } } }))
      .then(setChanges)
      .catch((e: ApiError) => setError(e.describe()));
  }, [partner]);
  const tag = (s: Change['toStatus'] | null) => (s ? <Tag color={STATUS_LABEL[s].color}>{STATUS_LABEL[s].label}</Tag> : null);
  return (
    <Drawer title={partner?.name} open={partner !== null} onClose={onClose} size={520}>
      {partner && (
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label="单位类型">{KIND_LABEL[partner.kind]}</Descriptions.Item>
          <Descriptions.Item label="统一社会信用代码">{partner.creditCode}</Descriptions.Item>
          <Descriptions.Item label="所属行业">{partner.industry ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="地址">{partner.address ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="联系人">{[partner.contactName, partner.contactPhone].filter(Boolean).join(' ') || '—'}</Descriptions.Item>
          <Descriptions.Item label="登记学院">{college(partner.ownerCollegeId)}</Descriptions.Item>
          <Descriptions.Item label="台账状态">{tag(partner.status)}</Descriptions.Item>
          <Descriptions.Item label="备注">{partner.notes ?? '—'}</Descriptions.Item>
        </Descriptions>
      )}
      <Divider titlePlacement="start">状态历史</Divider>
      {error && <Alert type="error" showIcon title={error} />}
      {!changes && !error && <Skeleton active />}
      {changes && !changes.length && <Empty description="暂无状态变更" />}
      {changes && changes.length > 0 && (
        <Timeline
          items={changes.map((c) => ({
            key: c.id,
            color: c.toStatus === 'eliminated' ? 'gray' : c.toStatus === 'active' ? 'green' : 'gold',
            content: (
              <>
                <div>
                  {c.fromStatus ? (
                    <>
                      {tag(c.fromStatus)} → {tag(c.toStatus)}
                    </>
                  ) : (
                    <>登记为 {tag(c.toStatus)}</>
                  )}
                </div>
                <Typography.Text type="secondary">{formatTime(c.changedAt)}</Typography.Text>
                {c.reason && c.reason !== 'created' && <div>原因：{c.reason}</div>}
              </>
            ),
          }))}
        />
      )}
    </Drawer>
  );
}
