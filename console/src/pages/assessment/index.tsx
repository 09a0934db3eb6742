import { lazy } from 'react';
import { ApartmentOutlined, TrophyOutlined } from '@ant-design/icons';
import type { Feature } from '../feature';

const CyclesPage = lazy(() => import('./CyclesPage'));
const CyclePage = lazy(() => import('./CyclePage'));
const SheetPage = lazy(() => import('./SheetPage'));
const SheetLinkPage = lazy(() => import('./SheetLinkPage'));
const TemplatesPage = lazy(() => import('./TemplatesPage'));
const TemplatePage = lazy(() => import('./TemplatePage'));

/**
 * 年度考核: cycles with their sheets and ranking, one sheet (fill, evidence, scores, events), and for admins the
 * indicator templates (指标体系) under /system/templates.
 */
export const assessment: Feature = {
  routes: [
    { path: '/assessment', element: <CyclesPage /> },
    { path: '/assessment/cycles/:id', element: <CyclePage /> },
    { path: '/assessment/cycles/:id/sheets/:subjectId', element: <SheetPage /> },
    { path: '/assessment/sheets/:sheetId', element: <SheetLinkPage /> },
    { path: '/system/templates', element: <TemplatesPage /> },
    { path: '/system/templates/:key', element: <TemplatePage /> },
  ],
  menu: [
    { path: '/assessment', label: '年度考核', icon: <TrophyOutlined />, group: 'assessment', order: 0 },
    { path: '/system/templates', label: '指标体系', icon: <ApartmentOutlined />, group: 'admin', roles: ['admin'], order: 20 },
  ],
};
