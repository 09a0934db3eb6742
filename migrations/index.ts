import { Platform1763800000000 } from './1763800000000-Platform';

/** Every migration, in the order it runs. Append only; never reorder or edit one that has shipped. */
export const migrations = [Platform1763800000000];
