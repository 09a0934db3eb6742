import { useState } from 'react';
import { Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import type { WorkflowLabels } from '../workflow';
import type { Agreement, AllowedEvent } from './catalog';
import { EventModal } from './EventModal';
import { RequirementTags } from './requirements';

const PRIMARY = new Set(['SUBMIT', 'APPROVE', 'RECORD_SIGNING', 'REGISTER_FILING', 'SUBMIT_SELF_CHECK', 'REVIEW_PASS', 'RECORD_DEMONSTRATION', 'RECORD_OPINION', 'CONFIRM_RECTIFIED', 'COMPLETE_TERMINATION', 'ARCHIVE']);
const DANGER = new Set(['WITHDRAW', 'DECLINE', 'REQUEST_TERMINATION']);
/** Sent by the scheduler only, never from a button. */
const SYSTEM = new Set(['DEADLINE_PASSED']);

/** 可办理事项: one button per event the API allows the caller now, with what is still missing for each. */
export function EventActions({ agreement, labels, onChanged }: { agreement: Agreement; labels: WorkflowLabels; onChanged(a: Agreement | null): void }) {
  const [open, setOpen] = useState<AllowedEvent | null>(null);
  const events = agreement.allowedEvents.filter((e) => !SYSTEM.has(e.type));
  return (
    <Card title="可办理事项" size="small" data-testid="allowed-events">
      {events.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="当前没有需要您办理的事项" />
      ) : (
        <List
          dataSource={events}
          renderItem={(e) => (
            <List.Item
              actions={[
                <Button key="go" type={PRIMARY.has(e.type) ? 'primary' : 'default'} danger={DANGER.has(e.type)} onClick={() => setOpen(e)}>
                  {labels.event(e.type)}
                </Button>,
              ]}
            >
              <Space direction="vertical" size={2}>
                <Space size={6}>
                  <Typography.Text strong>{labels.event(e.type)}</Typography.Text>
                  {e.ready ? <Tag color="success">条件已满足</Tag> : <Tag color="warning">尚缺 {e.missing.length} 项</Tag>}
                </Space>
                {e.missing.length > 0 && (
                  <div data-testid={`missing-${e.type}`}>
                    <RequirementTags missing={e.missing} labels={labels} />
                  </div>
                )}
              </Space>
            </List.Item>
          )}
        />
      )}
      {open && (
        <EventModal
          agreement={agreement}
          event={open}
          labels={labels}
          onClose={() => setOpen(null)}
          onDone={(a) => {
            if (a) setOpen(null);
            onChanged(a);
          }}
        />
      )}
    </Card>
  );
}
