import { createContext, useCallback, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { Spin } from 'antd';
import { api, call, type Schemas } from '../api/client';
import { session } from './session';

export type Me = Schemas['UserDto'];
export type Role = Me['roles'][number];

interface MeState {
  me: Me;
  hasRole(...roles: Role[]): boolean;
  reload(): Promise<void>;
  signOut(): void;
}

const MeContext = createContext<MeState | null>(null);

/** The signed-in user (GET /auth/me), loaded once per sign-in; null while signed out. */
export function useMe(): MeState {
  const state = useContext(MeContext);
  if (!state) throw new Error('useMe outside <MeProvider>');
  return state;
}

export function useToken(): string | null {
  return useSyncExternalStore(session.subscribe, session.token);
}

export function MeProvider({ children, signedOut }: { children: ReactNode; signedOut: ReactNode }) {
  const token = useToken();
  const [me, setMe] = useState<Me | null>(null);
  const load = useCallback(async () => {
    if (!session.token()) return setMe(null);
    try {
      setMe(await call(api.GET('/api/v1/auth/me')));
    } catch {
      session.clear();
    }
  }, []);
  useEffect(() => {
    setMe(null);
    void load();
  }, [token, load]);
  if (!token) return <>{signedOut}</>;
  if (!me) return <Spin fullscreen tip="加载中…" />;
  const value: MeState = {
    me,
    hasRole: (...roles) => roles.some((r) => me.roles.includes(r)),
    reload: load,
    signOut: () => session.clear(),
  };
  return <MeContext.Provider value={value}>{children}</MeContext.Provider>;
}

export const ROLE_LABELS: Record<Role, string> = {
  college_staff: '二级学院经办人',
  college_leader: '二级学院负责人',
  center_staff: '合作中心',
  center_director: '合作中心主任',
  legal: '法务',
  school_leader: '校领导',
  department: '职能部门',
  assessor: '考核组',
  expert: '论证专家',
  admin: '系统管理员',
};
