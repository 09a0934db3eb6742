import { lazy } from 'react';
import { BellOutlined } from '@ant-design/icons';
import type { Feature } from '../feature';

const InboxPage = lazy(() => import('./InboxPage'));

export const notifications: Feature = {
  routes: [{ path: '/inbox', element: <InboxPage /> }],
  menu: [{ path: '/inbox', label: '消息', icon: <BellOutlined />, group: 'work', order: 5 }],
};
