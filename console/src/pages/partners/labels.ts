import type { Schemas } from '../../api/client';

export type Partner = Schemas['Partner'];
export type PartnerKind = Partner['kind'];
export type PartnerStatus = Partner['status'];

export const KIND_LABEL: Record<PartnerKind, string> = {
  enterprise: '企业',
  association: '行业协会',
  institute: '科研院所',
  park: '产业园区',
  government: '政府部门',
  other: '其他',
};

/** 台账状态: 孵化 incubating, 合作中 active, 淘汰 eliminated (src/partners/partner.entity.ts). */
export const STATUS_LABEL: Record<PartnerStatus, { label: string; color: string }> = {
  incubating: { label: '孵化', color: 'gold' },
  active: { label: '合作中', color: 'green' },
  eliminated: { label: '淘汰', color: 'default' },
};

export const SORTS: { value: string; label: string }[] = [
  { value: 'name', label: '按名称' },
  { value: '-createdAt', label: '最近登记' },
  { value: 'createdAt', label: '最早登记' },
  { value: '-statusChangedAt', label: '最近状态变更' },
];

export const kindOptions = (Object.keys(KIND_LABEL) as PartnerKind[]).map((k) => ({ value: k, label: KIND_LABEL[k] }));
export const statusOptions = (Object.keys(STATUS_LABEL) as PartnerStatus[]).map((s) => ({ value: s, label: STATUS_LABEL[s].label }));
