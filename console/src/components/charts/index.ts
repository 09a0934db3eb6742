export { BarChart, type Bar } from './BarChart';
export { StackedBarChart, type StackedRow } from './StackedBarChart';
export { Legend, type LegendItem } from './Legend';
export { PALETTE, colorAt } from './palette';
