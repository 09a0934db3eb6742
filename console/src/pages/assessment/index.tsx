import type { Feature } from '../feature';

export const assessment: Feature = { routes: [], menu: [] };
