import { Empty, Timeline, Typography } from 'antd';
import type { Schemas } from '../../api/client';
import { formatTime } from '../../components/time';
import { eventLabel, stateLabel, type MachineDescription } from './shared';

type Step = Schemas['MonthlyReportStepDto'];
const COLOR: Record<string, string> = { SUBMIT: 'blue', SIGN_OFF: 'green', RETURN: 'red', RECALL: 'gray' };

/** 流转记录: every step of the report, oldest first (GET /monthly-reports/{id}/history). */
export function ReportHistory({ machine, steps }: { machine: MachineDescription | null; steps: Step[] }) {
  if (!steps.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无流转记录" />;
  return (
    <Timeline
      data-testid="report-history"
      items={steps.map((s) => ({
        key: s.id,
        color: COLOR[s.event] ?? 'blue',
        content: (
          <>
            <Typography.Text strong>{eventLabel(machine, s.event)}</Typography.Text>
            <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
              {s.actor.username} · {formatTime(s.at)}
            </Typography.Text>
            <div>
              {stateLabel(machine, s.from)} → {stateLabel(machine, s.to)}
            </div>
            {s.comment && <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>意见：{s.comment}</Typography.Paragraph>}
          </>
        ),
      }))}
    />
  );
}
