import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { Role } from '../auth/me';

/** One entry of the side menu. `roles` only decides what the menu shows; the API decides what anyone may do. */
export interface MenuEntry {
  path: string;
  label: string;
  icon?: ReactNode;
  roles?: Role[];
  /** Menu group: 工作 (work), 项目 (agreements), 考核 (assessment), 系统 (admin). */
  group: 'work' | 'projects' | 'assessment' | 'admin';
  order?: number;
}

/** A feature's pages: its routes (lazy) and its menu entries. Each lives in pages/<feature>/index.tsx. */
export interface Feature {
  routes: RouteObject[];
  menu: MenuEntry[];
}
