import type { Feature } from '../feature';

export const agreements: Feature = { routes: [], menu: [] };
