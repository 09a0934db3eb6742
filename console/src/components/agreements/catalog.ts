/**
 * The agreement vocabulary the workflow description does not carry (cooperation types, the twelve contents, the
 * self-check figures, each event's data shape), read from the machine's own catalog — never retyped here.
 */
import {
  COOPERATION_TYPES,
  CONTENT_FIELDS,
  EVENT_DATA,
  SELF_CHECK_FIGURES,
  TERM_FIELDS,
  type DataFieldSpec,
} from '../../../../workflows/agreement.catalog';
import type { Schemas } from '../../api/client';

export { CONTENT_FIELDS, EVENT_DATA, SELF_CHECK_FIGURES, TERM_FIELDS, type DataFieldSpec };

export type Agreement = Schemas['AgreementDetailDto'];
export type AgreementSummary = Schemas['AgreementSummaryDto'];
export type AllowedEvent = Schemas['AllowedEventDto'];
export type CooperationType = Schemas['CreateAgreementDto']['cooperationType'];
export type DocumentKind = Schemas['DocumentDto']['kind'];
export type Stage = Schemas['AgreementSummaryDto']['stage'];

export const cooperationTypeLabel = (t: string | null | undefined): string =>
  t ? (COOPERATION_TYPES as Record<string, { zh: string }>)[t]?.zh ?? t : '—';

export const COOPERATION_TYPE_OPTIONS = (Object.keys(COOPERATION_TYPES) as CooperationType[]).map((value) => ({
  value,
  label: COOPERATION_TYPES[value].zh,
}));

export const contentFieldLabel = (field: string): string =>
  (CONTENT_FIELDS as Record<string, { zh: string }>)[field]?.zh ?? (TERM_FIELDS as Record<string, { zh: string }>)[field]?.zh ?? field;
