import type { Feature } from '../feature';

export const partners: Feature = { routes: [], menu: [] };
