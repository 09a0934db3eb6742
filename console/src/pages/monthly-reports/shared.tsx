import { useEffect, useState } from 'react';
import { Tag } from 'antd';
import { api, ApiError, call, type Schemas } from '../../api/client';

export type Report = Schemas['MonthlyReportDto'];
export type ReportStatus = Report['status'];
export type MonthStatus = Schemas['MatrixRowDto']['cells'][string];
export type MachineDescription = Schemas['MachineDescriptionDto'];

/** The API's report status → the monthly-report machine's state (whose label the API gives). */
export const STATUS_STATE: Record<ReportStatus, string> = { draft: 'draft', returned: 'draft', submitted: 'submitted', signed_off: 'signedOff' };
const STATUS_COLOR: Record<ReportStatus, string> = { draft: 'default', returned: 'red', submitted: 'processing', signed_off: 'success' };
export const REPORT_STATUSES: ReportStatus[] = ['draft', 'returned', 'submitted', 'signed_off'];

/** Content fields of a report, in the order of the paper form (工作开展情况上报表). */
export const CONTENT_FIELDS: { name: keyof Schemas['MonthlyReportContentDto']; label: string; rows: number; max: number; required?: boolean }[] = [
  { name: 'workDone', label: '本月工作开展情况', rows: 5, max: 20000, required: true },
  { name: 'newPartners', label: '新增合作单位', rows: 2, max: 5000 },
  { name: 'eliminatedPartners', label: '淘汰合作单位', rows: 2, max: 5000 },
  { name: 'activities', label: '开展活动', rows: 3, max: 20000 },
  { name: 'problemsAndMeasures', label: '存在问题及改进措施', rows: 3, max: 20000 },
  { name: 'notes', label: '备注', rows: 2, max: 20000 },
];

/** 月报上报情况 cells: label and colour for each status of the matrix. */
export const MONTH_STATUS: Record<MonthStatus, { label: string; hint: string; color: string; bg: string }> = {
  on_time: { label: '按时', hint: '截止前已审核上报', color: '#389e0d', bg: '#f6ffed' },
  late: { label: '迟报', hint: '截止后才审核上报', color: '#d46b08', bg: '#fff7e6' },
  missing: { label: '未报', hint: '已过截止仍未上报', color: '#cf1322', bg: '#fff1f0' },
  pending: { label: '待报', hint: '未到截止日期', color: '#0958d9', bg: '#e6f4ff' },
  vacation: { label: '假期', hint: '寒暑假月份无需上报', color: '#8c8c8c', bg: '#f5f5f5' },
  not_required: { label: '免报', hint: '启用月报之前的月份', color: '#bfbfbf', bg: '#fafafa' },
};

/** The monthly-report machine as the API describes it (GET /api/v1/workflow/monthly-report): state and event labels. */
export function useReportMachine() {
  const [machine, setMachine] = useState<MachineDescription | null>(null);
  useEffect(() => {
    call(api.GET('/api/v1/workflow/monthly-report')).then(setMachine).catch(() => setMachine(null));
  }, []);
  return machine;
}

export function statusLabel(machine: MachineDescription | null, status: ReportStatus): string {
  if (status === 'returned') return '已退回';
  const state = machine?.states.find((s) => s.path === STATUS_STATE[status]);
  return state?.label.zh ?? status;
}

export function eventLabel(machine: MachineDescription | null, type: string): string {
  return machine?.events.find((e) => e.type === type)?.label.zh ?? type;
}

export function stateLabel(machine: MachineDescription | null, path: string): string {
  return machine?.states.find((s) => s.path === path)?.label.zh ?? path;
}

export function StatusTag({ machine, status, testId }: { machine: MachineDescription | null; status: ReportStatus; testId?: string }) {
  return (
    <Tag color={STATUS_COLOR[status]} data-testid={testId}>
      {statusLabel(machine, status)}
    </Tag>
  );
}

/** Every college (GET /api/v1/colleges), for filters and names. */
export function useColleges() {
  const [colleges, setColleges] = useState<Schemas['College'][]>([]);
  useEffect(() => {
    call(api.GET('/api/v1/colleges', { params: { query: { page: 1, pageSize: 100 } } }))
      .then((r) => setColleges(r.items))
      .catch(() => setColleges([]));
  }, []);
  return colleges;
}

export function collegeName(colleges: Schemas['College'][], id: string | null | undefined): string {
  if (!id) return '—';
  return colleges.find((c) => c.id === id)?.name ?? '—';
}

export function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  return `${y}年${Number(m)}月`;
}

/**
 * The API's Chinese field messages start with the field's path (`creditCode：统一社会信用代码无效`); next to the field
 * itself the path is noise, so it is dropped before applyProblem places the message.
 */
export function besideFields(err: unknown): unknown {
  if (!(err instanceof ApiError)) return err;
  const errors = err.errors.map((e) => ({ ...e, message: e.message?.startsWith(`${e.field}：`) ? e.message.slice(e.field.length + 1) : e.message }));
  return new ApiError(err.status, err.code, err.title, errors, err.body);
}
