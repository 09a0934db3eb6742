import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert, App, Breadcrumb, Button, Card, Descriptions, Empty, Popconfirm, Space, Table, Tag, Tooltip } from 'antd';
import { api, call, ApiError, type Schemas } from '../../api/client';
import { formatDate, formatTime } from '../../components/time';
import { DownloadButton, problemLines, score, SheetStateTag, useSheetLabels, type SheetLabels } from './shared';

type Row = Schemas['ResultRowDto'];

/** 考核周期: its sheets with their states, the ranking (S1, S2, Final, rank, verdict), the xlsx export, PUBLISH. */
export default function CyclePage() {
  const { id = '' } = useParams();
  const labels = useSheetLabels();
  const { message } = App.useApp();
  const [cycle, setCycle] = useState<Schemas['CycleDto'] | null>(null);
  const [results, setResults] = useState<Schemas['ResultsDto'] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [resultsError, setResultsError] = useState<ApiError | null>(null);
  const [eventError, setEventError] = useState<ApiError | null>(null);
  const load = useCallback(async () => {
    try {
      setCycle(await call(api.GET('/api/v1/assessment/cycles/{id}', { params: { path: { id } } })));
    } catch (err) {
      setError(err as ApiError);
      return;
    }
    call(api.GET('/api/v1/assessment/cycles/{id}/results', { params: { path: { id } } }))
      .then((r) => (setResults(r), setResultsError(null)))
      .catch((err: ApiError) => setResultsError(err));
  }, [id]);
  useEffect(() => void load(), [load]);
  const send = async (type: 'PUBLISH') => {
    setEventError(null);
    try {
      setCycle(await call(api.POST('/api/v1/assessment/cycles/{id}/events', { params: { path: { id } }, body: { type } })));
      message.success(`${labels.event(type)}：已完成`);
      await load();
    } catch (err) {
      setEventError(err as ApiError);
    }
  };
  if (error) return <Alert type="error" showIcon title={error.describe()} />;
  if (!cycle) return <Card loading />;
  const title = `${cycle.year} 年度 · ${cycle.templateName}`;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <Link to="/assessment">年度考核</Link> }, { title }]} />
      <Card
        title={title}
        extra={
          <Space>
            {cycle.allowedEvents.map((e) => (
              <Popconfirm key={e.type} title={`确认${labels.event(e.type)}？发布后考核表不可再修改`} onConfirm={() => send(e.type as 'PUBLISH')} okText="确认" cancelText="取消">
                <Tooltip title={e.ready ? undefined : `尚未总评：${e.missing.join('、')}`}>
                  <Button type="primary">{labels.event(e.type)}</Button>
                </Tooltip>
              </Popconfirm>
            ))}
          </Space>
        }
      >
        {eventError && (
          <Alert type="error" showIcon closable onClose={() => setEventError(null)} style={{ marginBottom: 16 }} title={eventError.title}
            description={eventError.errors.length ? <ul style={{ margin: 0 }}>{publishProblems(eventError, labels).map((l) => <li key={l}>{l}</li>)}</ul> : eventError.describe()} />
        )}
        <Descriptions size="small" column={3}>
          <Descriptions.Item label="指标体系">{cycle.templateKey}（第 {cycle.templateVersion} 版）</Descriptions.Item>
          <Descriptions.Item label="考核期间">{formatDate(cycle.periodStart)} 至 {formatDate(cycle.periodEnd)}</Descriptions.Item>
          <Descriptions.Item label="确认总评所需评分人数">{cycle.minAssessors}</Descriptions.Item>
          <Descriptions.Item label="自评截止">{formatDate(cycle.selfDueOn)}</Descriptions.Item>
          <Descriptions.Item label="考评截止">{formatDate(cycle.scoringDueOn)}</Descriptions.Item>
          <Descriptions.Item label="发布">{cycle.publishedAt ? <Tag color="success">{formatTime(cycle.publishedAt)}</Tag> : '未发布'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title="考核表">
        <Table<Schemas['CycleSheetDto']>
          rowKey="id"
          size="middle"
          pagination={false}
          dataSource={cycle.sheets}
          locale={{ emptyText: <Empty description="没有可查看的考核表" /> }}
          columns={[
            { title: '考核对象', dataIndex: 'subjectName', render: (name: string, s) => <Link to={`/assessment/cycles/${cycle.id}/sheets/${s.subjectId}`}>{name}</Link> },
            { title: '状态', dataIndex: 'state', width: 160, render: (state: string) => <SheetStateTag state={state} labels={labels} /> },
          ]}
        />
      </Card>
      <Card title="考核结果排名" extra={results && <DownloadButton path={`/api/v1/assessment/cycles/${cycle.id}/export.xlsx`} filename={`${cycle.year}年度考核结果.xlsx`} label="导出排名" />}>
        {resultsError ? (
          <Alert type="info" showIcon title={resultsError.describe()} />
        ) : (
          <div data-testid="ranking">
          <Table<Row>
            rowKey="subjectId"
            size="middle"
            pagination={false}
            loading={!results}
            dataSource={results?.rows ?? []}
            locale={{ emptyText: <Empty description="暂无结果" /> }}
            columns={[
              { title: '排名', dataIndex: 'rank', width: 80, render: (r: number | null) => r ?? '—' },
              { title: '考核对象', dataIndex: 'name' },
              { title: `自评 S1（×${results?.weights.self ?? ''}）`, dataIndex: 's1', render: score },
              { title: `考评 S2（×${results?.weights.group ?? ''}）`, dataIndex: 's2', render: score },
              { title: '总评', dataIndex: 'final', render: score },
              { title: '结论', dataIndex: 'verdict', render: (v: string | null) => (v ? <Tag color={v === '不合格' ? 'error' : 'success'}>{v}</Tag> : '—') },
              { title: '状态', dataIndex: 'state', render: (state: string) => <SheetStateTag state={state} labels={labels} /> },
            ]}
          />
          </div>
        )}
      </Card>
    </Space>
  );
}

/** PUBLISH's 409 names each sheet not final yet with its state (the error's code). */
function publishProblems(err: ApiError, labels: SheetLabels): string[] {
  return err.errors.map((e, i) => {
    const subject = (e as { subjectName?: string }).subjectName;
    return subject && e.code ? `${subject}：${labels.state(e.code)}，尚未总评` : problemLines(err)[i];
  });
}
