import { Space } from 'antd';

export interface LegendItem {
  key: string;
  label: string;
  color: string;
}

/** A row of colour swatches with their labels. */
export function Legend({ items }: { items: LegendItem[] }) {
  return (
    <Space wrap size={[16, 4]} style={{ fontSize: 12, marginBottom: 8 }}>
      {items.map((i) => (
        <span key={i.key} style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
          <span style={{ width: 12, height: 12, borderRadius: 2, background: i.color, display: 'inline-block' }} />
          {i.label}
        </span>
      ))}
    </Space>
  );
}
