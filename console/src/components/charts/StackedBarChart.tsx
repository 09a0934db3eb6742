import { Empty } from 'antd';
import { Legend, type LegendItem } from './Legend';

export interface StackedRow {
  key: string;
  label: string;
  /** Values by series key. */
  values: Record<string, number>;
}

interface Props {
  rows: StackedRow[];
  series: LegendItem[];
  /** What the chart shows, for screen readers. */
  title: string;
  /** Width given to the row labels, in px. */
  labelWidth?: number;
  emptyText?: string;
}

const BAR = 22;
const GAP = 12;

/**
 * Horizontal stacked bars, one per row (e.g. a college), segments per series (e.g. a stage), drawn in plain SVG:
 * each segment names its count on hover; the row's label lists every count; the total follows the bar.
 */
export function StackedBarChart({ rows, series, title, labelWidth = 120, emptyText = '暂无数据' }: Props) {
  const totals = rows.map((r) => series.reduce((a, s) => a + (r.values[s.key] ?? 0), 0));
  const max = Math.max(0, ...totals);
  if (!rows.length || max === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;
  const width = 100; // percent-based: the bars scale with the card
  return (
    <figure style={{ margin: 0 }} aria-label={title}>
      <Legend items={series} />
      {rows.map((r, i) => {
        let offset = 0;
        return (
          <div key={r.key} style={{ display: 'flex', alignItems: 'center', height: BAR, marginBottom: GAP }} data-row={r.label}>
            <div style={{ width: labelWidth, flex: 'none', textAlign: 'right', paddingRight: 8, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={r.label}>
              {r.label}
            </div>
            <svg role="img" aria-label={`${r.label}：${series.filter((s) => r.values[s.key]).map((s) => `${s.label} ${r.values[s.key]}`).join('，') || '无'}，合计 ${totals[i]}`} height={BAR} style={{ flex: 1, overflow: 'visible' }} viewBox={`0 0 ${width} ${BAR}`} preserveAspectRatio="none">
              {series.map((s) => {
                const v = r.values[s.key] ?? 0;
                if (!v) return null;
                const w = (v / max) * width * 0.9;
                const x = offset;
                offset += w;
                return (
                  <rect key={s.key} x={x} y={0} width={w} height={BAR} fill={s.color}>
                    <title>{`${r.label} · ${s.label}：${v}`}</title>
                  </rect>
                );
              })}
            </svg>
            <div style={{ width: 40, flex: 'none', paddingLeft: 8, fontVariantNumeric: 'tabular-nums' }}>{totals[i]}</div>
          </div>
        );
      })}
    </figure>
  );
}
