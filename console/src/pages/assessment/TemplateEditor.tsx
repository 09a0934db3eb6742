import { useEffect, useState } from 'react';
import { Alert, Input, Modal, Typography } from 'antd';
import { ApiError, type Schemas } from '../../api/client';

/**
 * A template as JSON ({key, name, subject, weights, minOptional?, bands?, nodes}); the API validates it as a whole
 * and lists every error with its path (nodes[2].children[0].rule…), shown here one per line.
 */
export function TemplateEditor({ open, title, initial, onSave, onClose }: {
  open: boolean;
  title: string;
  initial: string;
  onSave(body: Record<string, unknown>): Promise<Schemas['TemplateDto']>;
  onClose(saved?: Schemas['TemplateDto']): void;
}) {
  const [text, setText] = useState(initial);
  const [error, setError] = useState<ApiError | string | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (open) (setText(initial), setError(null));
  }, [open, initial]);
  const save = async () => {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (err) {
      return setError(`JSON 格式错误：${(err as Error).message}`);
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) return setError('须为一个 JSON 对象');
    setSaving(true);
    setError(null);
    try {
      onClose(await onSave(body as Record<string, unknown>));
    } catch (err) {
      setError(err instanceof ApiError ? err : String(err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal title={title} open={open} onCancel={() => onClose()} onOk={save} okText="保存草稿" confirmLoading={saving} width={960} destroyOnHidden>
      {typeof error === 'string' && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      {error instanceof ApiError && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12, maxHeight: 240, overflow: 'auto' }}
          title={`${error.title}${error.errors.length ? `（${error.errors.length} 处）` : ''}`}
          data-testid="template-errors"
          description={
            error.errors.length ? (
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {error.errors.map((e, i) => (
                  <li key={i}>
                    <Typography.Text code>{e.field || '（整体）'}</Typography.Text> {e.message ?? e.detail ?? ''} {e.code && <Typography.Text type="secondary">[{e.code}]</Typography.Text>}
                  </li>
                ))}
              </ul>
            ) : error.describe()
          }
        />
      )}
      <Input.TextArea aria-label="指标体系 JSON" value={text} onChange={(e) => setText(e.target.value)} autoSize={{ minRows: 20, maxRows: 32 }} style={{ fontFamily: 'monospace', fontSize: 12 }} spellCheck={false} />
    </Modal>
  );
}
