import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Button, Card, Col, Descriptions, Result, Row, Space, Spin, Typography } from 'antd';
import { api, ApiError, call, type Schemas } from '../../api/client';
import { useWorkflow } from '../../components/workflow';
import { formatDate, formatTime } from '../../components/time';
import { cooperationTypeLabel, type Agreement } from '../../components/agreements/catalog';
import { useColleges } from '../../components/agreements/lookups';
import { StageDiagram } from '../../components/agreements/StageDiagram';
import { StageTags } from '../../components/agreements/StageTags';
import { EventActions } from '../../components/agreements/EventActions';
import { DocumentsPanel } from '../../components/agreements/DocumentsPanel';
import { HistoryTimeline } from '../../components/agreements/HistoryTimeline';
import { WorkItemActions } from '../../components/agreements/WorkItemActions';
import { ContentCard } from '../../components/agreements/ContentCard';

/** 合作项目详情: where it is on the lifecycle, what is missing, what I may do now, its documents and history. */
export default function AgreementPage() {
  const { id = '' } = useParams();
  const labels = useWorkflow();
  const colleges = useColleges();
  const [agreement, setAgreement] = useState<Agreement | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [majors, setMajors] = useState<Schemas['Major'][]>([]);
  const load = useCallback(async () => {
    try {
      // no-store: the ETag is the version, which an upload does not change, yet what is missing does
      setAgreement(await call(api.GET('/api/v1/agreements/{id}', { params: { path: { id } }, cache: 'no-store' })));
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'unknown', String(e)));
    }
  }, [id]);
  useEffect(() => {
    setAgreement(null);
    void load();
  }, [load]);
  const collegeId = agreement?.collegeId;
  useEffect(() => {
    if (!collegeId) return;
    call(api.GET('/api/v1/majors', { params: { query: { collegeId, pageSize: 100 } } }))
      .then((r) => setMajors(r.items))
      .catch(() => setMajors([]));
  }, [collegeId]);
  const changed = (a: Agreement | null) => (a ? setAgreement(a) : void load());

  if (error) return <AccessProblem error={error} />;
  if (!agreement || !labels) return <Spin style={{ display: 'block', margin: 48 }} />;
  const a = agreement;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <Space direction="vertical" size={8} style={{ width: '100%' }}>
          <Space wrap align="center">
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="agreement-title">
              {a.title}
            </Typography.Title>
            <span data-testid="agreement-state">
              <StageTags agreement={a} labels={labels} withStage />
            </span>
          </Space>
          <Descriptions
            size="small"
            column={3}
            items={[
              { key: 'college', label: '二级学院', children: colleges.find((c) => c.id === a.collegeId)?.name ?? '—' },
              { key: 'partner', label: '合作单位', children: a.partner.name ?? '—' },
              { key: 'type', label: '合作形式', children: cooperationTypeLabel(a.cooperationType) },
              { key: 'majors', label: '面向专业', children: a.majorIds.map((m) => majors.find((x) => x.id === m)?.name ?? '…').join('、') || '—' },
              { key: 'demo', label: '项目论证', children: a.requiresDemonstration ? '需要' : '不需要' },
              { key: 'term', label: '合作期限', children: `${formatDate(a.startDate)} 至 ${formatDate(a.endDate)}` },
              { key: 'signed', label: '签署日期', children: formatDate(a.signedAt) },
              { key: 'filingDue', label: '备案截止', children: formatTime(a.filingDueAt) },
              { key: 'filing', label: '备案编号', children: a.filingNumber ?? '—' },
              ...(a.supervisionDeadline ? [{ key: 'sup', label: '整改期限', children: formatTime(a.supervisionDeadline) }] : []),
              ...(a.semester ? [{ key: 'sem', label: '复查学期', children: a.semester }] : []),
              { key: 'entered', label: '进入当前环节', children: formatTime(a.enteredStateAt) },
            ]}
          />
        </Space>
      </Card>
      <StageDiagram agreement={a} labels={labels} />
      <Row gutter={16}>
        <Col span={14}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <EventActions agreement={a} labels={labels} onChanged={changed} />
            <DocumentsPanel agreement={a} labels={labels} onUploaded={() => void load()} />
            <ContentCard agreement={a} onSaved={changed} />
          </Space>
        </Col>
        <Col span={10}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <WorkItemActions agreement={a} labels={labels} />
            <HistoryTimeline agreementId={a.id} version={a.version} labels={labels} />
          </Space>
        </Col>
      </Row>
    </Space>
  );
}

/** Another college's record or one that does not exist: a clear page, never a crash. */
function AccessProblem({ error }: { error: ApiError }) {
  const status = error.status === 403 ? '403' : error.status === 404 ? '404' : 'error';
  const title = error.status === 403 ? '无权查看此合作项目' : error.status === 404 ? '合作项目不存在' : '加载失败';
  return (
    <Result
      status={status}
      title={title}
      subTitle={<span data-testid="access-problem">{error.describe()}</span>}
      extra={
        <Link to="/agreements">
          <Button type="primary">返回合作项目列表</Button>
        </Link>
      }
    />
  );
}
