import type { Feature } from '../feature';

export const notifications: Feature = { routes: [], menu: [] };
