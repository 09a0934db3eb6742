import { useEffect, useState } from 'react';
import { App, Button, Modal, Progress, Tag, type FormInstance } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { api, call, ApiError, type Schemas } from '../../api/client';
import { download } from '../../components/download';
import { applyProblem } from '../../components/formErrors';

type Machine = Schemas['MachineDescriptionDto'];
let machine: Promise<Machine> | null = null;

export interface SheetLabels {
  state(path: string | null | undefined): string;
  event(type: string): string;
}

/** The sheet machine's labels (GET /assessment/workflow), loaded once: states and events are never retyped here. */
export function useSheetLabels(): SheetLabels {
  const [m, setM] = useState<Machine | null>(null);
  useEffect(() => {
    machine ??= call(api.GET('/api/v1/assessment/workflow'));
    machine.then(setM).catch(() => (machine = null));
  }, []);
  return {
    state: (path) => (path ? m?.states.find((s) => s.path === path)?.label.zh ?? path : '—'),
    event: (type) => m?.events.find((e) => e.type === type)?.label.zh ?? type,
  };
}

const STATE_COLORS: Record<string, string> = { drafting: 'default', submitted: 'processing', final: 'warning', published: 'success' };

export function SheetStateTag({ state, labels }: { state: string; labels: SheetLabels }) {
  return <Tag color={STATE_COLORS[state] ?? 'default'}>{labels.state(state)}</Tag>;
}

/** A file the server makes (xlsx, docx), downloaded with the session and a progress bar. */
export function DownloadButton({ path, filename, label }: { path: string; filename: string; label: string }) {
  const { message } = App.useApp();
  const [progress, setProgress] = useState<number | null>(null);
  const run = async () => {
    setProgress(0);
    try {
      await download(path, filename, setProgress);
    } catch (err) {
      message.error(err instanceof ApiError ? err.describe() : `下载失败：${String(err)}`);
    } finally {
      setProgress(null);
    }
  };
  return (
    <>
      <Button icon={<DownloadOutlined />} onClick={run} loading={progress !== null}>
        {label}
      </Button>
      <Modal open={progress !== null} footer={null} closable={false} title={`正在下载${label.replace(/^(下载|导出)/, '')}…`} width={360}>
        <Progress percent={progress ?? 0} status="active" />
      </Modal>
    </>
  );
}

/** Scores are shown as the API gives them (two decimals at most); no score is a dash. */
export function score(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : String(value);
}

/** What a problem lists (409 incomplete: what is missing; 400: each field), one line each. */
export function problemLines(err: ApiError, describeField: (field: string) => string = (f) => f): string[] {
  return err.errors.map((e) => {
    const extra = e as { subjectName?: string };
    let what = e.message ?? e.detail ?? e.code ?? '';
    if (e.field && what.startsWith(`${e.field}：`)) what = what.slice(e.field.length + 1);
    if (extra.subjectName) return `${extra.subjectName}：${what}`;
    return e.field ? `${describeField(e.field)}：${what}` : what;
  });
}

/**
 * applyProblem, with each field's message stripped of the path the API puts before it (`inputs.localEmployed：…`):
 * beside its field the path says nothing.
 */
export function placeProblem(form: FormInstance, err: unknown, prefix?: string[]): string | null {
  if (!(err instanceof ApiError)) return applyProblem(form, err, prefix);
  const errors = err.errors.map((e) => ({ ...e, message: e.message?.startsWith(`${e.field}：`) ? e.message.slice(e.field.length + 1) : e.message }));
  return applyProblem(form, new ApiError(err.status, err.code, err.title, errors, err.body), prefix);
}
