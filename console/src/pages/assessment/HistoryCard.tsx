import { Card, Empty, Timeline, Typography } from 'antd';
import type { Schemas } from '../../api/client';
import { ROLE_LABELS, type Role } from '../../auth/me';
import { formatTime } from '../../components/time';
import type { SheetLabels } from './shared';

/** 流转记录: who did what and when, from which state to which, with the reason. */
export function HistoryCard({ steps, labels }: { steps: Schemas['SheetStepDto'][]; labels: SheetLabels }) {
  return (
    <Card title="流转记录" size="small">
      {steps.length ? (
        <Timeline
          items={steps.map((s) => ({
            key: s.id,
            color: s.event === 'RETURN' ? 'red' : s.event === 'PUBLISH' ? 'green' : 'blue',
            children: (
              <>
                <Typography.Text strong>{labels.event(s.event)}</Typography.Text>：{labels.state(s.from)} → {labels.state(s.to)}
                <div>
                  <Typography.Text type="secondary">
                    {formatTime(s.at)} · {s.actor.username}
                    {s.actor.roles.length ? `（${s.actor.roles.map((r) => ROLE_LABELS[r as Role] ?? r).join('、')}）` : ''}
                  </Typography.Text>
                </div>
                {s.comment && <div>原因：{s.comment}</div>}
              </>
            ),
          }))}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚无流转" />
      )}
    </Card>
  );
}
