import { lazy } from 'react';
import { BarChartOutlined } from '@ant-design/icons';
import type { Feature } from '../feature';

const DashboardPage = lazy(() => import('./DashboardPage'));

/** 数据看板 — progress by college and stage (seeds/002 可视化进度); the API confines a college to its own figures. */
export const dashboard: Feature = {
  routes: [{ path: '/dashboard', element: <DashboardPage /> }],
  menu: [
    {
      path: '/dashboard',
      label: '数据看板',
      icon: <BarChartOutlined />,
      group: 'work',
      order: 10,
      roles: ['admin', 'center_staff', 'center_director', 'school_leader', 'assessor', 'college_staff', 'college_leader'],
    },
  ],
};
