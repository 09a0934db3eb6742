import { lazy } from 'react';
import { AlertOutlined, AuditOutlined, ProjectOutlined } from '@ant-design/icons';
import type { Feature } from '../feature';

const AgreementListPage = lazy(() => import('./AgreementListPage'));
const AgreementCreatePage = lazy(() => import('./AgreementCreatePage'));
const AgreementPage = lazy(() => import('./AgreementPage'));
const SelfChecksPage = lazy(() => import('./SelfChecksPage'));
const SupervisionPage = lazy(() => import('./SupervisionPage'));

/** 合作项目: the list, a new agreement, one agreement's page, 学期自查 and 督查整改. */
export const agreements: Feature = {
  routes: [
    { path: '/agreements', element: <AgreementListPage /> },
    { path: '/agreements/new', element: <AgreementCreatePage /> },
    { path: '/agreements/:id', element: <AgreementPage /> },
    { path: '/self-checks', element: <SelfChecksPage /> },
    { path: '/supervision', element: <SupervisionPage /> },
  ],
  menu: [
    { path: '/agreements', label: '合作项目', icon: <ProjectOutlined />, group: 'projects', order: 0 },
    { path: '/self-checks', label: '学期自查', icon: <AuditOutlined />, group: 'projects', order: 20 },
    { path: '/supervision', label: '督查整改', icon: <AlertOutlined />, group: 'projects', order: 30 },
  ],
};
