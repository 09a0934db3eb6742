import { lazy } from 'react';
import { CheckSquareOutlined } from '@ant-design/icons';
import type { Feature } from '../feature';

const TasksPage = lazy(() => import('./TasksPage'));

export const tasks: Feature = {
  routes: [{ path: '/tasks', element: <TasksPage /> }],
  menu: [{ path: '/tasks', label: '我的待办', icon: <CheckSquareOutlined />, group: 'work', order: 0 }],
};
