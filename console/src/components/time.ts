import dayjs from 'dayjs';

/** Times are shown in Asia/Shanghai, whatever the browser's zone: the rules of the product are Shanghai time. */
const formatter = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });
const dateFormatter = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' });

export function formatTime(value: string | null | undefined): string {
  if (!value) return '—';
  return formatter.format(new Date(value)).replace(/\//g, '-');
}

/** A calendar date (YYYY-MM-DD) stays as it is; a date-time becomes its Shanghai date. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return dateFormatter.format(new Date(value));
}

export function relative(value: string | null | undefined): string {
  if (!value) return '—';
  const minutes = Math.round((Date.now() - new Date(value).getTime()) / 60000);
  if (minutes < 1) return '刚刚';
  if (minutes < 60) return `${minutes} 分钟前`;
  if (minutes < 60 * 24) return `${Math.round(minutes / 60)} 小时前`;
  if (minutes < 60 * 24 * 30) return `${Math.round(minutes / 1440)} 天前`;
  return dayjs(value).format('YYYY-MM-DD');
}
