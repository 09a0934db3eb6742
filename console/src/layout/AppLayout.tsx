import { Suspense, useEffect, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { Avatar, Badge, Button, Dropdown, Layout, Menu, Spin } from 'antd';
import { BellOutlined, LogoutOutlined, SettingOutlined, UserOutlined } from '@ant-design/icons';
import { api, call } from '../api/client';
import { ROLE_LABELS, useMe } from '../auth/me';
import type { MenuEntry } from '../pages/feature';
import { features } from '../routes';

const GROUPS: Record<MenuEntry['group'], string> = { work: '工作台', projects: '合作项目', assessment: '年度考核', admin: '系统管理' };

/** The frame of every signed-in page: side menu (by role), the inbox bell with its unread count, the user menu. */
export default function AppLayout() {
  const { me, hasRole, signOut } = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const [unread, setUnread] = useState(0);
  useEffect(() => {
    const load = () => call(api.GET('/api/v1/notifications/unread-count')).then((r) => setUnread(r.count)).catch(() => undefined);
    void load();
    const timer = setInterval(load, 60_000);
    window.addEventListener('coop:inbox-changed', load);
    return () => {
      clearInterval(timer);
      window.removeEventListener('coop:inbox-changed', load);
    };
  }, []);
  const entries = features.flatMap((f) => f.menu).filter((m) => !m.roles || hasRole(...m.roles));
  const items = (Object.keys(GROUPS) as MenuEntry['group'][])
    .map((g) => {
      const children = entries.filter((e) => e.group === g).sort((a, b) => (a.order ?? 50) - (b.order ?? 50));
      return children.length ? { type: 'group' as const, key: g, label: GROUPS[g], children: children.map((e) => ({ key: e.path, icon: e.icon, label: <Link to={e.path}>{e.label}</Link> })) } : null;
    })
    .filter((x) => x !== null);
  const selected = entries
    .map((e) => e.path)
    .filter((p) => location.pathname === p || location.pathname.startsWith(p + '/'))
    .sort((a, b) => b.length - a.length)[0];
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={208} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <div style={{ padding: '16px 20px', fontWeight: 600, fontSize: 15, color: '#1677ff' }}>校企合作管理平台</div>
        <Menu mode="inline" selectedKeys={selected ? [selected] : []} items={items} style={{ borderInlineEnd: 0 }} />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', padding: '0 24px', display: 'flex', justifyContent: 'flex-end', alignItems: 'center', gap: 16, borderBottom: '1px solid #f0f0f0' }}>
          <Badge count={unread} size="small">
            <Button type="text" icon={<BellOutlined />} onClick={() => navigate('/inbox')} aria-label="消息" data-testid="inbox-bell" />
          </Badge>
          <Dropdown
            menu={{
              items: [
                { key: 'account', icon: <SettingOutlined />, label: '个人设置', onClick: () => navigate('/account') },
                { key: 'logout', icon: <LogoutOutlined />, label: '退出登录', onClick: signOut },
              ],
            }}
          >
            <span style={{ cursor: 'pointer' }} data-testid="user-menu">
              <Avatar size="small" icon={<UserOutlined />} /> {me.displayName}
              <span style={{ marginLeft: 8, color: 'rgba(0,0,0,0.45)' }}>{me.roles.map((r) => ROLE_LABELS[r]).join('、')}</span>
            </span>
          </Dropdown>
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>
          <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
