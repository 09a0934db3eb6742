import type { Feature } from './pages/feature';
import { tasks } from './pages/tasks';
import { dashboard } from './pages/dashboard';
import { agreements } from './pages/agreements';
import { partners } from './pages/partners';
import { monthlyReports } from './pages/monthly-reports';
import { notifications } from './pages/notifications';
import { assessment } from './pages/assessment';
import { admin } from './pages/admin';
import { account } from './pages/account';

/** Every feature of the console; each keeps its own routes and menu entries in pages/<feature>/index.tsx. */
export const features: Feature[] = [tasks, dashboard, agreements, partners, monthlyReports, notifications, assessment, admin, account];
