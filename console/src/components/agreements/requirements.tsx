import { Tag } from 'antd';
import type { Schemas } from '../../api/client';
import type { WorkflowLabels } from '../workflow';
import { contentFieldLabel, SELF_CHECK_FIGURES } from './catalog';

type Requirement = Schemas['RequirementDto'];

/** The machine's details are English words; these are what a reader of the console sees. */
const DETAIL_ZH: Record<string, string> = {
  'before the agreement was created': '不能早于项目创建日期',
  'early or non_performance': '须为提前终止或不履约',
  'in the future': '不能晚于今天',
  'not a date': '不是有效的日期',
  'not in the future': '须为今天以后的日期',
  'startDate must be before endDate': '起始日期须早于终止日期',
  'this semester’s self-check has already passed review': '本学期自查已通过复查',
};
export const detailZh = (detail: string | undefined) => (detail ? DETAIL_ZH[detail] ?? (detail.startsWith('opens ') ? '尚未到办理时间（合作期满前 90 天起可办理）' : detail) : undefined);

/** The words for one field problem of a 422 answer, shown next to its field. */
export function fieldMessage(p: { code?: string; detail?: string }, labels: WorkflowLabels | null): string {
  if (p.code === 'invalid_field') return detailZh(p.detail) ?? '填写有误';
  if (p.code === 'missing_field') return '必填';
  if (p.code && p.code in CODES) return describeRequirement(p as Requirement, labels);
  return detailZh(p.detail) ?? '填写有误';
}
const CODES = { missing_document: 1, stale_document: 1, missing_own_document: 1, missing_any_document: 1, missing_content: 1, outside_window: 1 };

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
      return `填写有误：${figureLabel(r.field ?? '') ?? FIELD_LABELS[r.field ?? ''] ?? r.field}${r.detail ? `（${detailZh(r.detail)}）` : ''}`;
    case 'outside_window':
      return `不在办理时间内${r.detail ? `：${detailZh(r.detail)}` : ''}`;
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
