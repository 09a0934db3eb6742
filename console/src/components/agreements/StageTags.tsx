import { Space, Tag, Tooltip } from 'antd';
import type { WorkflowLabels } from '../workflow';
import { formatTime } from '../time';
import type { AgreementSummary } from './catalog';

/** The leaf state with its flags: 逾期 (a missed filing or supervision deadline), 逾期备案, 已备案 with its number. */
export function StageTags({ agreement: a, labels }: { agreement: AgreementSummary; labels: WorkflowLabels | null }) {
  return (
    <Space size={4} wrap>
      <span>{labels?.state(a.statePath) ?? a.statePath}</span>
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
