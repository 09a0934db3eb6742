import { lazy } from 'react';
import type { Feature } from '../feature';

const AccountPage = lazy(() => import('./AccountPage'));

/** 个人设置: password change and the deputy (代理人) while away; reached from the user menu, not the side menu. */
export const account: Feature = {
  routes: [{ path: '/account', element: <AccountPage /> }],
  menu: [],
};
