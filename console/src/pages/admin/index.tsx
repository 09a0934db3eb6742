import type { Feature } from '../feature';

export const admin: Feature = { routes: [], menu: [] };
