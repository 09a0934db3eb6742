import { App, Button, Empty, List, Progress, Upload } from 'antd';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { ApiError, type Schemas } from '../../api/client';
import { upload } from '../../components/download';
import { formatTime } from '../../components/time';
import type { ItemContext } from './ItemDrawer';

/** 佐证材料 of one indicator: the files (PDF, Office, images) and, while the college fills, an upload with progress. */
export function EvidenceFiles({ code, ctx }: { code: string; ctx: ItemContext }) {
  const { message } = App.useApp();
  const [progress, setProgress] = useState<number | null>(null);
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
  return (
    <>
      {docs.length ? (
        <List
          size="small"
          dataSource={docs}
          renderItem={(d) => (
            <List.Item extra={formatTime(d.uploadedAt)}>
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
