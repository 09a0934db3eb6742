import { useCallback, useEffect, useState } from 'react';
import { App, Button, Empty, Progress, Space, Table, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { api, call, ApiError, type Schemas } from '../../api/client';
import { download, upload } from '../../components/download';
import { formatTime } from '../../components/time';

type Attachment = Schemas['AttachmentDto'];

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** 附件: the report's files, uploaded with progress while it can be edited, downloaded with progress by any reader. */
export function ReportAttachments({ reportId, editable }: { reportId: string; editable: boolean }) {
  const { message } = App.useApp();
  const [items, setItems] = useState<Attachment[]>([]);
  const [loading, setLoading] = useState(true);
  const [transfer, setTransfer] = useState<{ name: string; percent: number; done: boolean } | null>(null);
  const uploading = transfer !== null && !transfer.done;
  const [downloading, setDownloading] = useState<Record<string, number>>({});
  const load = useCallback(() => {
    setLoading(true);
    call(api.GET('/api/v1/monthly-reports/{id}/attachments', { params: { path: { id: reportId } } }))
      .then(setItems)
      .catch((e: ApiError) => message.error(e.describe()))
      .finally(() => setLoading(false));
  }, [reportId, message]);
  useEffect(load, [load]);

  const send = async (file: File) => {
    const form = new FormData();
    form.append('file', file);
    setTransfer({ name: file.name, percent: 0, done: false });
    try {
      await upload<Attachment>(`/api/v1/monthly-reports/${reportId}/attachments`, form, (percent) => setTransfer({ name: file.name, percent, done: false }));
      setTransfer({ name: file.name, percent: 100, done: true });
      load();
    } catch (err) {
      setTransfer(null);
      message.error(err instanceof ApiError ? err.describe() : String(err));
    }
  };
  const fetchFile = async (a: Attachment) => {
    setDownloading((d) => ({ ...d, [a.id]: 0 }));
    try {
      await download(`/api/v1/monthly-reports/attachments/${a.id}/content`, a.filename, (p) => setDownloading((d) => ({ ...d, [a.id]: p })));
    } catch (err) {
      message.error(err instanceof ApiError ? err.describe() : String(err));
    } finally {
      setDownloading(({ [a.id]: _, ...rest }) => rest);
    }
  };
  return (
    <>
      {editable && (
        <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }}>
          <Upload
            showUploadList={false}
            accept=".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.png,.jpg,.jpeg"
            beforeUpload={(file) => {
              void send(file);
              return false;
            }}
            disabled={uploading}
          >
            <Button icon={<UploadOutlined />} loading={uploading}>
              上传附件
            </Button>
          </Upload>
          {transfer && (
            <div data-testid="upload-progress">
              {transfer.done ? `上传完成：${transfer.name}` : `正在上传：${transfer.name}`}
              <Progress percent={transfer.percent} size="small" status={transfer.done ? 'success' : 'active'} />
            </div>
          )}
        </Space>
      )}
      <Table<Attachment>
        rowKey="id"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={items}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无附件" /> }}
        columns={[
          { title: '文件名', dataIndex: 'filename' },
          { title: '大小', dataIndex: 'size', width: 100, render: formatSize },
          { title: '上传时间', dataIndex: 'uploadedAt', width: 170, render: formatTime },
          {
            title: '操作',
            key: 'op',
            width: 160,
            render: (_, a) =>
              a.id in downloading ? (
                <Progress percent={downloading[a.id]} size="small" />
              ) : (
                <Button size="small" type="link" icon={<DownloadOutlined />} onClick={() => fetchFile(a)}>
                  下载
                </Button>
              ),
          },
        ]}
      />
    </>
  );
}
