import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert, App, Breadcrumb, Card, Col, Descriptions, Form, Result, Row, Skeleton, Space, Typography } from 'antd';
import { api, call, ApiError, type Schemas } from '../../api/client';
import { applyProblem } from '../../components/formErrors';
import { formatTime } from '../../components/time';
import { useMe } from '../../auth/me';
import { ReportActions, type ReportEvent } from './ReportActions';
import { ReportAttachments } from './ReportAttachments';
import { contentOf, ReportContentForm, type ContentValues } from './ReportContentForm';
import { ReportHistory } from './ReportHistory';
import { besideFields, collegeName, monthLabel, StatusTag, useColleges, useReportMachine, type Report } from './shared';

const PATHS = {
  SUBMIT: '/api/v1/monthly-reports/{id}/submit',
  SIGN_OFF: '/api/v1/monthly-reports/{id}/sign-off',
  RECALL: '/api/v1/monthly-reports/{id}/recall',
} as const;

/** 月报详情: content (editable while a draft or returned), attachments, the machine's actions, the history. */
export default function MonthlyReportPage() {
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const machine = useReportMachine();
  const colleges = useColleges();
  const [form] = Form.useForm<ContentValues>();
  const [report, setReport] = useState<Report | null>(null);
  const [steps, setSteps] = useState<Schemas['MonthlyReportStepDto'][]>([]);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [busy, setBusy] = useState<ReportEvent | null>(null);
  const path = { params: { path: { id } } };
  const { me } = useMe();
  // a report is its college's: only that college's users change it (the API answers forbidden_college to others)
  const own = !!report && me.collegeId === report.collegeId;
  const editable = own && (report?.status === 'draft' || report?.status === 'returned');

  const loadHistory = useCallback(() => {
    call(api.GET('/api/v1/monthly-reports/{id}/history', { params: { path: { id } } })).then(setSteps).catch(() => undefined);
  }, [id]);
  useEffect(() => {
    call(api.GET('/api/v1/monthly-reports/{id}', { params: { path: { id } } }))
      .then(setReport)
      .catch((e: ApiError) => setLoadError(e));
    loadHistory();
  }, [id, loadHistory]);

  const show = (next: Report) => {
    setReport(next);
    // the form exists while the report can be edited; it is (re)filled from the report when it appears
    if (editable && (next.status === 'draft' || next.status === 'returned')) form.setFieldsValue(contentOf(next));
  };
  /** PATCH the content with the version on screen; true when saved (or nothing changed). */
  const save = async (quiet = false): Promise<boolean> => {
    if (!report) return false;
    setFormError(null);
    try {
      const values = await form.validateFields();
      setSaving(true);
      const next = await call(api.PATCH('/api/v1/monthly-reports/{id}', { params: { path: { id }, header: { 'if-match': `"${report.version}"` } }, body: values }));
      show(next);
      if (!quiet) message.success('已保存');
      return true;
    } catch (err) {
      if (err instanceof ApiError) setFormError(applyProblem(form, besideFields(err)));
      return false;
    } finally {
      setSaving(false);
    }
  };
  const onEvent = async (type: ReportEvent, comment?: string): Promise<boolean> => {
    if (!report) return false;
    setBusy(type);
    setFormError(null);
    try {
      if (type === 'SUBMIT' && editable && form.isFieldsTouched() && !(await save(true))) return false;
      const next =
        type === 'RETURN'
          ? await call(api.POST('/api/v1/monthly-reports/{id}/return', { ...path, body: { comment: comment ?? '' } }))
          : await call(api.POST(PATHS[type], path));
      show(next);
      loadHistory();
      window.dispatchEvent(new Event('coop:inbox-changed'));
      message.success(`${type === 'SIGN_OFF' ? '已审核上报' : type === 'SUBMIT' ? '已提交学院负责人审核' : type === 'RETURN' ? '已退回' : '已撤回'}`);
      return true;
    } catch (err) {
      if (err instanceof ApiError && type === 'SUBMIT' && editable) setFormError(applyProblem(form, besideFields(err)));
      else message.error(err instanceof ApiError ? err.describe() : String(err));
      return false;
    } finally {
      setBusy(null);
    }
  };

  if (loadError) return <Result status={loadError.status === 404 ? '404' : loadError.status === 403 ? '403' : 'error'} title={loadError.describe()} extra={<Link to="/monthly-reports">返回月报列表</Link>} />;
  if (!report) return <Skeleton active />;
  const college = collegeName(colleges, report.collegeId);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <Link to="/monthly-reports">月报</Link> }, { title: `${monthLabel(report.month)}` }]} />
      <Card
        title={
          <Space>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {college} {monthLabel(report.month)}月报
            </Typography.Title>
            <StatusTag machine={machine} status={report.status} testId="report-status" />
          </Space>
        }
        extra={<ReportActions machine={machine} report={report} own={own} busy={busy} onEvent={onEvent} />}
      >
        <Descriptions column={3} size="small">
          <Descriptions.Item label="学院">{college}</Descriptions.Item>
          <Descriptions.Item label="月份">{monthLabel(report.month)}</Descriptions.Item>
          <Descriptions.Item label="创建时间">{formatTime(report.createdAt)}</Descriptions.Item>
          <Descriptions.Item label="提交时间">{formatTime(report.submittedAt)}</Descriptions.Item>
          <Descriptions.Item label="上报时间">{formatTime(report.signedOffAt)}</Descriptions.Item>
          <Descriptions.Item label="最后修改">{formatTime(report.updatedAt)}</Descriptions.Item>
        </Descriptions>
        {report.returnComment && <Alert type="warning" showIcon title="学院负责人退回" description={report.returnComment} style={{ marginTop: 12 }} />}
      </Card>
      <Row gutter={16}>
        <Col span={16}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card title="上报内容">
              {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
              <ReportContentForm form={form} report={report} editable={editable} saving={saving} onSave={() => void save()} />
            </Card>
            <Card title="附件">
              <ReportAttachments reportId={report.id} editable={editable} />
            </Card>
          </Space>
        </Col>
        <Col span={8}>
          <Card title="流转记录">
            <ReportHistory machine={machine} steps={steps} />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
