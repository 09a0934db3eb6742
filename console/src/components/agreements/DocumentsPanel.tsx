import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Card, Collapse, Empty, Progress, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { api, ApiError, call, type Schemas } from '../../api/client';
import { download, upload } from '../download';
import { formatTime } from '../time';
import type { WorkflowLabels } from '../workflow';
import type { Agreement, DocumentKind } from './catalog';

type Doc = Schemas['DocumentDto'];

const size = (n: number) => (n < 1024 ? `${n} B` : n < 1048576 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1048576).toFixed(1)} MB`);

/** The kinds the caller's allowed events still miss (new ones or new versions). */
function missingKinds(a: Agreement): Set<string> {
  const kinds = new Set<string>();
  for (const e of a.allowedEvents)
    for (const m of e.missing) {
      if (m.kind) kinds.add(m.kind);
      for (const k of m.kinds ?? []) kinds.add(k);
    }
  return kinds;
}

/** 材料: upload with progress (the kinds still missing highlighted), and every version of every kind, downloadable. */
export function DocumentsPanel({ agreement, labels, onUploaded }: { agreement: Agreement; labels: WorkflowLabels; onUploaded(): void }) {
  const { message } = App.useApp();
  const [docs, setDocs] = useState<Doc[]>([]);
  const [kind, setKind] = useState<DocumentKind | undefined>();
  const [progress, setProgress] = useState<number | null>(null);
  const [done, setDone] = useState<Doc | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [downloading, setDownloading] = useState<Record<string, number>>({});
  const missing = useMemo(() => missingKinds(agreement), [agreement]);
  const load = useCallback(() => {
    call(api.GET('/api/v1/agreements/{id}/documents', { params: { path: { id: agreement.id }, query: { all: true } } }))
      .then(setDocs)
      .catch((e) => setError(e instanceof ApiError ? e.describe() : String(e)));
  }, [agreement.id]);
  useEffect(load, [load, agreement.version]);
  useEffect(() => {
    if (!kind && missing.size) setKind([...missing][0] as DocumentKind);
  }, [missing, kind]);

  const send = async (file: File) => {
    if (!kind) return setError('请先选择材料类型');
    const form = new FormData();
    form.set('kind', kind);
    form.set('file', file, file.name);
    setError(null);
    setDone(null);
    setProgress(0);
    try {
      const doc = await upload<Doc>(`/api/v1/agreements/${agreement.id}/documents`, form, setProgress);
      setDone(doc);
      message.success(`已上传 ${labels.document(doc.kind)} 第 ${doc.version} 版`);
      load();
      onUploaded();
    } catch (e) {
      setError(e instanceof ApiError ? e.describe() : String(e));
    } finally {
      setProgress(null);
    }
  };
  const get = async (d: Doc) => {
    setDownloading((p) => ({ ...p, [d.id]: 0 }));
    try {
      await download(`/api/v1/documents/${d.id}/content`, d.filename, (n) => setDownloading((p) => ({ ...p, [d.id]: n })));
    } catch (e) {
      message.error(e instanceof ApiError ? e.describe() : String(e));
    } finally {
      setDownloading(({ [d.id]: _, ...rest }) => rest);
    }
  };

  const groups = labels.description.documentKinds.map((k) => ({ kind: k.kind, label: k.label.zh, versions: docs.filter((d) => d.kind === k.kind).sort((a, b) => b.version - a.version) })).filter((g) => g.versions.length);
  return (
    <Card title="材料" size="small" data-testid="documents">
      {missing.size > 0 && (
        <div style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary">待上传：</Typography.Text>
          {[...missing].map((k) => (
            <Tag key={k} color="warning" style={{ cursor: 'pointer' }} onClick={() => setKind(k as DocumentKind)}>
              {labels.document(k)}
            </Tag>
          ))}
        </div>
      )}
      <Space wrap align="center" style={{ marginBottom: 12 }}>
        <Select<DocumentKind>
          aria-label="材料类型"
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="材料类型"
          style={{ width: 260 }}
          value={kind}
          onChange={setKind}
          options={labels.description.documentKinds.map((k) => ({ value: k.kind, label: missing.has(k.kind) ? `${k.label.zh}（待上传）` : k.label.zh }))}
        />
        <Upload showUploadList={false} accept=".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.jpg,.jpeg,.png" beforeUpload={(f) => (void send(f), false)} disabled={progress !== null}>
          <Button icon={<UploadOutlined />} loading={progress !== null} disabled={!kind}>
            上传文件
          </Button>
        </Upload>
        <Typography.Text type="secondary">PDF、Office 文档或图片，不超过 20 MB；同类材料再次上传即为新版本</Typography.Text>
      </Space>
      {progress !== null && <Progress percent={progress} status="active" data-testid="upload-progress" />}
      {done && <Alert type="success" showIcon message={`上传完成：${labels.document(done.kind)} 第 ${done.version} 版（${done.filename}）`} style={{ marginBottom: 12 }} data-testid="upload-done" />}
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      {groups.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未上传材料" />
      ) : (
        <Collapse
          defaultActiveKey={[]}
          items={groups.map((g) => ({
            key: g.kind,
            label: (
              <Space>
                <span>{g.label}</span>
                <Tag color="blue">第 {g.versions[0].version} 版</Tag>
                <Typography.Text type="secondary">{g.versions[0].filename}</Typography.Text>
              </Space>
            ),
            children: (
              <Table<Doc>
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={g.versions}
                columns={[
                  { title: '版本', dataIndex: 'version', width: 80, render: (v: number) => `第 ${v} 版` },
                  { title: '文件名', dataIndex: 'filename' },
                  { title: '大小', dataIndex: 'size', width: 100, render: size },
                  { title: '上传时间', dataIndex: 'uploadedAt', width: 160, render: formatTime },
                  {
                    title: '',
                    key: 'dl',
                    width: 140,
                    render: (_, d) =>
                      d.id in downloading ? (
                        <Progress percent={downloading[d.id]} size="small" />
                      ) : (
                        <Button size="small" icon={<DownloadOutlined />} onClick={() => void get(d)}>
                          下载
                        </Button>
                      ),
                  },
                ]}
              />
            ),
          }))}
        />
      )}
    </Card>
  );
}
