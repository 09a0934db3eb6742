import type { CSSProperties, ReactNode } from 'react';
import { theme } from 'antd';

/**
 * A card without antd's Card: the first page a user loads keeps to it, because antd's Card brings Tabs along
 * (about 12 KB of gzip the sign-in and 待办 pages never use). Other pages use antd's Card freely.
 */
export function Panel({ title, extra, children, style, bodyStyle }: { title?: ReactNode; extra?: ReactNode; children?: ReactNode; style?: CSSProperties; bodyStyle?: CSSProperties }) {
  const { token } = theme.useToken();
  return (
    <section style={{ background: token.colorBgContainer, borderRadius: token.borderRadiusLG, border: `1px solid ${token.colorBorderSecondary}`, ...style }}>
      {(title || extra) && (
        <header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', padding: '12px 24px', borderBottom: `1px solid ${token.colorBorderSecondary}`, minHeight: 56 }}>
          <h2 style={{ margin: 0, fontSize: 16, fontWeight: 600 }}>{title}</h2>
          <div>{extra}</div>
        </header>
      )}
      <div style={{ padding: 24, ...bodyStyle }}>{children}</div>
    </section>
  );
}
