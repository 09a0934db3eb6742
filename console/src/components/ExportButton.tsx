import { useState } from 'react';
import { App, Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { ApiError } from '../api/client';

export interface ExportColumn<T> {
  title: string;
  value: (row: T) => string | number | null | undefined;
  width?: number;
}

interface Props<T> {
  /** File name without extension, e.g. 合作项目 → 合作项目-2026-12-03.xlsx */
  filename: string;
  columns: ExportColumn<T>[];
  /** One page of the list with the filters on screen; called until every row is read. */
  fetchPage: (page: number, pageSize: number) => Promise<{ items: T[]; total: number; totalEstimated?: boolean }>;
  label?: string;
}

const PAGE = 100;

/**
 * 导出 Excel for any table: reads every page of the list with the filters on screen (a progress notice counts the
 * rows read), then writes an .xlsx with exceljs, loaded only when someone exports. The button itself costs the page
 * nothing beyond antd's Button and message.
 */
export function ExportButton<T>({ filename, columns, fetchPage, label = '导出 Excel' }: Props<T>) {
  const { message } = App.useApp();
  const [progress, setProgress] = useState<number | null>(null);
  const key = `export-${filename}`;
  const show = (percent: number, text = '正在导出') => {
    setProgress(percent);
    message.open({ key, type: 'loading', content: `${text}… ${percent}%`, duration: 0 });
  };
  const run = async () => {
    show(0);
    try {
      const rows: T[] = [];
      let total = 0;
      for (let page = 1; ; page++) {
        const result = await fetchPage(page, PAGE);
        total = result.total;
        rows.push(...result.items);
        show(total ? Math.min(90, Math.round((rows.length / total) * 90)) : 90, `正在读取 ${rows.length}/${total} 行`);
        // an estimated total (the agreements list above 10,000) may be short of the real count: read to a short page
        if ((rows.length >= total && !result.totalEstimated) || result.items.length < PAGE) break;
      }
      const { Workbook } = await import('exceljs');
      const book = new Workbook();
      const sheet = book.addWorksheet(filename.slice(0, 31));
      sheet.columns = columns.map((c) => ({ header: c.title, width: c.width ?? Math.max(10, c.title.length * 2 + 4) }));
      sheet.getRow(1).font = { bold: true };
      sheet.views = [{ state: 'frozen', ySplit: 1 }];
      for (const row of rows) sheet.addRow(columns.map((c) => c.value(row) ?? ''));
      const buffer = await book.xlsx.writeBuffer();
      const date = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
      saveBlob(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), `${filename}-${date}.xlsx`);
      message.open({ key, type: 'success', content: `已导出 ${rows.length} 行`, duration: 3 });
    } catch (err) {
      message.open({ key, type: 'error', content: err instanceof ApiError ? err.describe() : `导出失败：${String(err)}`, duration: 6 });
    } finally {
      setProgress(null);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} onClick={run} loading={progress !== null} data-progress={progress ?? undefined}>
      {label}
    </Button>
  );
}

export function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
