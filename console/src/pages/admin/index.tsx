import { lazy } from 'react';
import { BankOutlined, BookOutlined, CalendarOutlined, DashboardOutlined, TeamOutlined } from '@ant-design/icons';
import type { Feature } from '../feature';

const UsersPage = lazy(() => import('./users/UsersPage'));
const CollegesPage = lazy(() => import('./colleges/CollegesPage'));
const MajorsPage = lazy(() => import('./majors/MajorsPage'));
const CalendarPage = lazy(() => import('./calendar/CalendarPage'));
const QueuesPage = lazy(() => import('./queues/QueuesPage'));

/**
 * 系统管理 — users, colleges, majors, the academic calendar and the queues, under /system (the server keeps /admin:
 * the deliveries page, and the queue dashboard at /admin/queues that the queues page opens).
 */
export const admin: Feature = {
  routes: [
    { path: '/system/users', element: <UsersPage /> },
    { path: '/system/colleges', element: <CollegesPage /> },
    { path: '/system/majors', element: <MajorsPage /> },
    { path: '/system/calendar', element: <CalendarPage /> },
    { path: '/system/queues', element: <QueuesPage /> },
  ],
  menu: [
    { path: '/system/users', label: '用户管理', icon: <TeamOutlined />, group: 'admin', order: 10, roles: ['admin', 'center_staff', 'center_director', 'college_leader'] },
    { path: '/system/colleges', label: '学院管理', icon: <BankOutlined />, group: 'admin', order: 20, roles: ['admin', 'college_leader'] },
    { path: '/system/majors', label: '专业管理', icon: <BookOutlined />, group: 'admin', order: 30, roles: ['admin', 'college_leader'] },
    { path: '/system/calendar', label: '校历设置', icon: <CalendarOutlined />, group: 'admin', order: 40, roles: ['admin'] },
    { path: '/system/queues', label: '队列与投递', icon: <DashboardOutlined />, group: 'admin', order: 50, roles: ['admin'] },
  ],
};
