/** Distinct, print-friendly colours for chart series (antd's palette), in order. */
export const PALETTE = ['#1677ff', '#13c2c2', '#52c41a', '#faad14', '#fa8c16', '#722ed1', '#eb2f96', '#2f54eb', '#a0d911', '#8c8c8c', '#bfbfbf', '#f5222d'];

export function colorAt(i: number): string {
  return PALETTE[i % PALETTE.length];
}
