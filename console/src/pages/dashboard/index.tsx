import type { Feature } from '../feature';

export const dashboard: Feature = { routes: [], menu: [] };
