import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Space, Typography } from 'antd';
import { DashboardOutlined, ExportOutlined } from '@ant-design/icons';
import { api, call, ApiError, type Schemas } from '../../../api/client';
import { formatTime } from '../../../components/time';

type Status = Schemas['QueueStatusDto'];

/**
 * 队列与投递 — the queue dashboard (bull-board at /admin/queues: every queue, its jobs, failures, retries and
 * schedulers) opens in a new tab after the API sets its session cookie; the page itself shows what bull-board does
 * not: the queue backend and the events still waiting in the outbox. Failed deliveries are on /admin.
 */
export default function QueuesPage() {
  const { message } = App.useApp();
  const [status, setStatus] = useState<Status | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [opening, setOpening] = useState(false);

  const load = useCallback(async () => {
    try {
      setStatus(await call(api.GET('/api/v1/admin/queues')));
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError ? e.describe() : String(e));
    }
  }, []);
  useEffect(() => void load(), [load]);

  const openBoard = async () => {
    // the tab is opened within the click, so no pop-up blocker stops it; it is sent to the board once the session is set
    const tab = window.open('about:blank', '_blank');
    setOpening(true);
    try {
      const session = await call(api.POST('/api/v1/admin/queues/session'));
      if (tab) tab.location.href = session.url;
      else window.location.assign(session.url);
    } catch (e) {
      tab?.close();
      message.error(e instanceof ApiError ? e.describe() : String(e));
    } finally {
      setOpening(false);
    }
  };

  return (
    <Card
      title="队列与投递"
      extra={
        <Space>
          <Button icon={<ExportOutlined />} href="/admin" target="_blank">
            失败投递
          </Button>
          <Button type="primary" icon={<DashboardOutlined />} loading={opening} onClick={openBoard}>
            打开队列面板
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        队列面板（bull-board）列出每个队列的任务、失败任务与定时扫描，可在其中重试、清理；会话 15 分钟内有效，面板打开期间自动续期。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon message={error} />}
      {status && (
        <Descriptions bordered size="small" column={1}>
          <Descriptions.Item label="队列后端">{status.backend === 'redis' ? 'Redis' : 'PostgreSQL'}</Descriptions.Item>
          <Descriptions.Item label="待转发事件（outbox）">
            {status.outbox.unpublished}
            {status.outbox.oldestCreatedAt && `（最早 ${formatTime(status.outbox.oldestCreatedAt)}）`}
          </Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}
