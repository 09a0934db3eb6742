import type { TemplateDefinition } from '../template.types';
import { CONSORTIUM_INDICATORS } from './consortium-indicators';
import { CONSORTIUM_STANDARD } from './consortium-standard';
import { COOP_2023 } from './coop-2023';
import { SELF_CHECK_TABLE } from './self-check-table';

export { CONSORTIUM_INDICATORS, CONSORTIUM_STANDARD, COOP_2023, SELF_CHECK_TABLE };

/** The four indicator systems of the seeds, published as version 1 of their keys. */
export const SEED_TEMPLATES: readonly TemplateDefinition[] = [COOP_2023, SELF_CHECK_TABLE, CONSORTIUM_STANDARD, CONSORTIUM_INDICATORS];
