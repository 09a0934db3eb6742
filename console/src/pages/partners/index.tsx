import { lazy } from 'react';
import { ShopOutlined } from '@ant-design/icons';
import type { Feature } from '../feature';

const PartnersPage = lazy(() => import('./PartnersPage'));

export const partners: Feature = {
  routes: [{ path: '/partners', element: <PartnersPage /> }],
  menu: [{ path: '/partners', label: '合作企业台账', icon: <ShopOutlined />, group: 'projects', order: 30 }],
};
