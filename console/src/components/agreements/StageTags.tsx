import { Space, Tag, Tooltip } from 'antd';
import type { WorkflowLabels } from '../workflow';
import { formatTime } from '../time';
import type { AgreementSummary } from './catalog';

/** The leaf state (after its stage when `withStage`, once when they are the same) with its flags: 逾期 (a missed filing or supervision deadline), 逾期备案, 已备案 with its number. */
export function StageTags({ agreement: a, labels, withStage }: { agreement: AgreementSummary; labels: WorkflowLabels | null; withStage?: boolean }) {
  const stage = labels?.state(a.stage) ?? a.stage;
  const leaf = labels?.state(a.statePath) ?? a.statePath;
  return (
    <Space size={4} wrap>
      {withStage && <Tag color="blue" data-testid="agreement-stage">{stage}</Tag>}
      {(!withStage || a.statePath !== a.stage) && <span>{leaf}</span>}
      {a.overdue && <Tag color="red">逾期</Tag>}
      {a.filingDueAt && !a.filedAt && (
        <Tooltip title={`备案截止 ${formatTime(a.filingDueAt)}`}>
          <Tag color="orange">待备案</Tag>
        </Tooltip>
      )}
      {a.filingNumber && <Tag color="green">已备案 {a.filingNumber}</Tag>}
      {a.filingLate && <Tag color="volcano">逾期备案</Tag>}
      {a.stage === 'terminated' && <Tag>{labels?.reason(a.terminationReason) ?? a.terminationReason}</Tag>}
    </Space>
  );
}
