import { Tag } from 'antd';
import type { Schemas } from '../../api/client';
import type { WorkflowLabels } from '../workflow';
import { contentFieldLabel, SELF_CHECK_FIGURES } from './catalog';

type Requirement = Schemas['RequirementDto'];

const figureLabel = (f: string) => (SELF_CHECK_FIGURES as Record<string, { zh: string }>)[f.replace(/^figures\./, '')]?.zh;

/** One missing requirement of an event, in words: 缺少材料：调研报告, 需重新上传：…, 未填写：合作目的. */
export function describeRequirement(r: Requirement, labels: WorkflowLabels | null): string {
  const doc = (k: string | undefined) => (k ? labels?.document(k) ?? k : '');
  switch (r.code) {
    case 'missing_document':
    case 'missing_own_document':
      return `缺少材料：${doc(r.kind)}`;
    case 'stale_document':
      return `需上传新版本：${doc(r.kind)}`;
    case 'missing_any_document':
      return `缺少材料（任一）：${(r.kinds ?? []).map(doc).join(' / ')}`;
    case 'missing_content':
      return `未填写：${contentFieldLabel(r.field ?? '')}`;
    case 'missing_field':
      return `未填写：${figureLabel(r.field ?? '') ?? FIELD_LABELS[r.field ?? ''] ?? r.field}`;
    case 'invalid_field':
      return `填写有误：${figureLabel(r.field ?? '') ?? FIELD_LABELS[r.field ?? ''] ?? r.field}${r.detail ? `（${r.detail}）` : ''}`;
    case 'outside_window':
      return `不在办理时间内${r.detail ? `：${r.detail}` : ''}`;
    default:
      return r.detail ?? r.code;
  }
}

/** Labels of event data fields (the forms and the messages about them). */
export const FIELD_LABELS: Record<string, string> = {
  meetingDate: '会议日期',
  minutesNumber: '会议纪要编号',
  signedAt: '签署日期',
  semester: '学期',
  figures: '自查数据',
  conclusion: '复查结论',
  deadline: '整改期限',
  reason: '终止原因',
  to: '退回至',
  passed: '论证结论',
  opinion: '论证意见',
  userIds: '论证专家',
  kind: '类型',
  comment: '意见',
};

export function RequirementTags({ missing, labels }: { missing: Requirement[]; labels: WorkflowLabels | null }) {
  return (
    <>
      {missing.map((r, i) => (
        <Tag color="warning" key={i} style={{ marginBottom: 4 }}>
          {describeRequirement(r, labels)}
        </Tag>
      ))}
    </>
  );
}
