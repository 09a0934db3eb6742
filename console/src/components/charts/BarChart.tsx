import { Empty, Tooltip } from 'antd';

export interface Bar {
  key: string;
  label: string;
  value: number;
  color?: string;
}

const HEIGHT = 160;

/** Vertical bars with their value above and label below, in plain SVG scaled to the card's width. */
export function BarChart({ bars, title, emptyText = '暂无数据' }: { bars: Bar[]; title: string; emptyText?: string }) {
  const max = Math.max(0, ...bars.map((b) => b.value));
  if (!bars.length || max === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;
  const slot = 100 / bars.length;
  return (
    <figure style={{ margin: 0 }} aria-label={title}>
      <div style={{ display: 'flex', alignItems: 'flex-end', height: HEIGHT + 20, gap: 4 }}>
        {bars.map((b) => {
          const h = Math.max(b.value ? 2 : 0, Math.round((b.value / max) * HEIGHT));
          return (
            <Tooltip key={b.key} title={`${b.label}：${b.value}`}>
              <div style={{ width: `${slot}%`, display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'flex-end', height: '100%' }}>
                <span style={{ fontSize: 12, fontVariantNumeric: 'tabular-nums' }}>{b.value}</span>
                <svg role="img" aria-label={`${b.label} ${b.value}`} width="60%" height={h} viewBox={`0 0 10 ${h || 1}`} preserveAspectRatio="none">
                  <rect x={0} y={0} width={10} height={h} fill={b.color ?? '#1677ff'} rx={1} />
                </svg>
              </div>
            </Tooltip>
          );
        })}
      </div>
      <div style={{ display: 'flex', gap: 4, borderTop: '1px solid #f0f0f0', paddingTop: 4 }}>
        {bars.map((b) => (
          <div key={b.key} style={{ width: `${slot}%`, textAlign: 'center', fontSize: 12, lineHeight: 1.3 }}>
            {b.label}
          </div>
        ))}
      </div>
    </figure>
  );
}
