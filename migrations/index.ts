import { Platform1763800000000 } from './1763800000000-Platform';
import { Agreements1763900000000 } from './1763900000000-Agreements';
import { Reminders1764000000000 } from './1764000000000-Reminders';
import { RulesToTheLetter1764100000000 } from './1764100000000-RulesToTheLetter';
import { WorkItems1764200000000 } from './1764200000000-WorkItems';
import { Assessment1764300000000 } from './1764300000000-Assessment';
import { ListIndexes1764400000000 } from './1764400000000-ListIndexes';
import { RequestIds1764500000000 } from './1764500000000-RequestIds';
import { RetentionIndexes1764700000000 } from './1764700000000-RetentionIndexes';
import { AgreementLinkIndexes1764800000000 } from './1764800000000-AgreementLinkIndexes';

/** Every migration, in the order it runs. Append only; never reorder or edit one that has shipped. */
export const migrations = [Platform1763800000000, Agreements1763900000000, Reminders1764000000000, RulesToTheLetter1764100000000, WorkItems1764200000000, Assessment1764300000000, ListIndexes1764400000000, RequestIds1764500000000, RetentionIndexes1764700000000, AgreementLinkIndexes1764800000000];
