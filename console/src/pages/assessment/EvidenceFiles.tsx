import { App, Button, Empty, List, Progress, Upload } from 'antd';
import { DownloadOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { ApiError, type Schemas } from '../../api/client';
import { download, upload } from '../../components/download';
import { formatTime } from '../../components/time';
import type { ItemContext } from './ItemDrawer';

/** 佐证材料 of one indicator: the files (PDF, Office, images), each downloadable, and, while the college fills, an upload with progress. */
export function EvidenceFiles({ code, ctx }: { code: string; ctx: ItemContext }) {
  const { message } = App.useApp();
  const [progress, setProgress] = useState<number | null>(null);
  const [downloading, setDownloading] = useState<Record<string, number>>({});
  const docs = ctx.docs.filter((d) => d.code === code);
  const send = async (file: File) => {
    const form = new FormData();
    form.set('file', file);
    setProgress(0);
    try {
      const path = `/api/v1/assessment/cycles/${ctx.sheet.cycleId}/sheets/${ctx.sheet.subjectId}/items/${encodeURIComponent(code)}/documents`;
      const doc = await upload<Schemas['EvidenceDocumentDto']>(path, form, setProgress);
      message.success(`已上传 ${doc.filename}`);
      ctx.onDocs();
    } catch (err) {
      message.error(err instanceof ApiError ? err.describe() : String(err));
    } finally {
      setProgress(null);
    }
  };
  const fetchFile = async (d: Schemas['EvidenceDocumentDto']) => {
    setDownloading((p) => ({ ...p, [d.id]: 0 }));
    try {
      await download(`/api/v1/assessment/documents/${d.id}/content`, d.filename, (n) => setDownloading((p) => ({ ...p, [d.id]: n })));
    } catch (err) {
      message.error(err instanceof ApiError ? err.describe() : String(err));
    } finally {
      setDownloading(({ [d.id]: _, ...rest }) => rest);
    }
  };
  return (
    <>
      {docs.length ? (
        <List
          size="small"
          dataSource={docs}
          renderItem={(d) => (
            <List.Item
              extra={formatTime(d.uploadedAt)}
              actions={[
                d.id in downloading ? (
                  <Progress key="progress" percent={downloading[d.id]} size="small" style={{ width: 80 }} />
                ) : (
                  <Button key="download" size="small" type="link" icon={<DownloadOutlined />} onClick={() => fetchFile(d)}>
                    下载
                  </Button>
                ),
              ]}
            >
              <PaperClipOutlined /> {d.filename}（{(d.size / 1024).toFixed(1)} KB）
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无佐证材料" />
      )}
      {ctx.canFill && (
        <div style={{ marginTop: 8 }}>
          <Upload showUploadList={false} beforeUpload={(file) => (void send(file), false)} accept=".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.jpg,.jpeg,.png">
            <Button icon={<UploadOutlined />} loading={progress !== null}>上传佐证材料</Button>
          </Upload>
          {progress !== null && <Progress percent={progress} size="small" status="active" />}
        </div>
      )}
    </>
  );
}
