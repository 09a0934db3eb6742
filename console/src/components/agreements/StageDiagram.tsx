import { Alert, Card, Steps, Typography } from 'antd';
import type { WorkflowLabels } from '../workflow';
import { formatTime } from '../time';
import type { Agreement } from './catalog';

/**
 * Where the agreement is on the lifecycle, drawn from the machine's own description: the top-level stages as steps
 * with the current one highlighted, then the sub-steps of the current compound stage. 已终止 shows its reason.
 */
export function StageDiagram({ agreement: a, labels }: { agreement: Agreement; labels: WorkflowLabels }) {
  const states = labels.description.states;
  const stages = states.filter((s) => !s.path.includes('.'));
  const current = stages.findIndex((s) => s.path === a.stage);
  const terminated = a.stage === 'terminated';
  // 项目论证 is a step only for agreements that need it
  const subSteps = states.filter((s) => s.path.startsWith(`${a.stage}.`) && (s.path !== 'feasibility.demonstration' || a.requiresDemonstration || a.statePath === s.path));
  const subCurrent = subSteps.findIndex((s) => s.path === a.statePath);
  return (
    <Card title="流程进度" size="small" data-testid="stage-diagram">
      <Steps
        size="small"
        current={current}
        status={terminated ? 'error' : 'process'}
        labelPlacement="vertical"
        items={stages.map((s, i) => ({ title: s.label.zh, ...(i === current ? { description: <Typography.Text strong>当前</Typography.Text> } : {}) }))}
      />
      {subSteps.length > 0 && (
        <div style={{ marginTop: 20, padding: '12px 16px', background: '#fafafa', borderRadius: 8 }} data-testid="sub-steps">
          <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>
            {labels.state(a.stage)}环节
          </Typography.Text>
          <Steps
            size="small"
            type="navigation"
            current={subCurrent}
            items={subSteps.map((s, i) => ({ title: s.label.zh, status: i < subCurrent ? 'finish' : i === subCurrent ? 'process' : 'wait' }))}
          />
        </div>
      )}
      {terminated && (
        <Alert
          style={{ marginTop: 16 }}
          type="warning"
          showIcon
          message={`已终止：${labels.reason(a.terminationReason)}`}
          description={`终止时间 ${formatTime(a.enteredStateAt)}`}
        />
      )}
    </Card>
  );
}
