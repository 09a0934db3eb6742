import type { Feature } from '../feature';

export const monthlyReports: Feature = { routes: [], menu: [] };
