import { lazy } from 'react';
import { FileTextOutlined, TableOutlined } from '@ant-design/icons';
import type { Feature } from '../feature';

const MonthlyReportsPage = lazy(() => import('./MonthlyReportsPage'));
const MonthlyReportPage = lazy(() => import('./MonthlyReportPage'));
const MatrixPage = lazy(() => import('./MatrixPage'));

const READERS = ['college_staff', 'college_leader', 'center_staff', 'center_director', 'school_leader', 'assessor', 'admin'] as const;

export const monthlyReports: Feature = {
  routes: [
    { path: '/monthly-reports', element: <MonthlyReportsPage /> },
    { path: '/monthly-reports/matrix', element: <MatrixPage /> },
    { path: '/monthly-reports/:id', element: <MonthlyReportPage /> },
  ],
  menu: [
    { path: '/monthly-reports', label: '月报', icon: <FileTextOutlined />, group: 'work', order: 20, roles: [...READERS] },
    { path: '/monthly-reports/matrix', label: '月报上报情况', icon: <TableOutlined />, group: 'work', order: 21, roles: [...READERS] },
  ],
};
