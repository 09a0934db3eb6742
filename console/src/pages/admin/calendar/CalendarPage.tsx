import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Col, Empty, Form, Input, InputNumber, Popconfirm, Row, Select, Space, Spin, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api, call, ApiError, type Schemas } from '../../../api/client';
import { applyProblem } from '../../../components/formErrors';
import { SemesterModal } from './SemesterModal';

type Calendar = Schemas['CalendarDto'];
type Semester = Schemas['SemesterViewDto'];
type Offsets = Schemas['ReminderOffsetsDto'];
type ListKey = 'monthlyBeforeDays' | 'selfCheckBeforeDays' | 'filingAfterSigningDays' | 'supervisionBeforeDays' | 'expiryBeforeDays';

const MONTHS = Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `${i + 1} 月` }));
/** Each list of reminder days with its label and the API's bounds. */
const LISTS: { key: ListKey; label: string; max: number; help: string }[] = [
  { key: 'monthlyBeforeDays', label: '月报提前提醒（天）', max: 27, help: '截止日前几天提醒学院' },
  { key: 'selfCheckBeforeDays', label: '学期自查提前提醒（天）', max: 120, help: '自查截止日前几天提醒' },
  { key: 'filingAfterSigningDays', label: '签订后备案提醒（第几天）', max: 7, help: '签订后第几天提醒备案（7 日内）' },
  { key: 'supervisionBeforeDays', label: '督查整改期限前提醒（天）', max: 60, help: '督查通知单期限前几天提醒' },
  { key: 'expiryBeforeDays', label: '协议到期前提醒（天）', max: 365, help: '协议终止日期前几天提醒' },
];

interface Values {
  vacationMonths: number[];
  monthlyDueDay: number;
  firstMonth: string;
  offsets: Offsets;
}

const dayList = (max: number) => ({
  validator: (_: unknown, v: number[] | undefined) =>
    !v || (v.length <= 5 && v.every((n) => Number.isInteger(n) && n >= 1 && n <= max)) ? Promise.resolve() : Promise.reject(new Error(`至多 5 个 1–${max} 的整数`)),
});

/** 校历设置 — vacation months (no monthly report), the due day, the first month owed, reminder offsets and semesters. */
export default function CalendarPage() {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [calendar, setCalendar] = useState<Calendar | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [editing, setEditing] = useState<Semester | 'new' | null>(null);

  const load = useCallback(async () => {
    try {
      const c = await call(api.GET('/api/v1/calendar'));
      setCalendar(c);
      form.setFieldsValue({ vacationMonths: c.vacationMonths, monthlyDueDay: c.monthlyDueDay, firstMonth: c.firstMonth, offsets: c.offsets });
    } catch (e) {
      setError(e instanceof ApiError ? e.describe() : String(e));
    }
  }, [form]);
  useEffect(() => void load(), [load]);

  const save = async () => {
    const v = await form.validateFields();
    setSaving(true);
    setError(null);
    try {
      const c = await call(api.PUT('/api/v1/calendar', { body: { vacationMonths: [...v.vacationMonths].sort((a, b) => a - b), monthlyDueDay: v.monthlyDueDay, firstMonth: v.firstMonth.trim(), offsets: v.offsets } }));
      setCalendar(c);
      message.success('校历设置已保存');
    } catch (err) {
      setError(applyProblem(form, err));
    } finally {
      setSaving(false);
    }
  };
  const remove = async (s: Semester) => {
    try {
      await call(api.DELETE('/api/v1/calendar/semesters/{id}', { params: { path: { id: s.id } } }));
      message.success(`已删除学期 ${s.name}`);
      await load();
    } catch (e) {
      message.error(e instanceof ApiError ? e.describe() : String(e));
    }
  };

  if (!calendar && !error) return <Spin />;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card title={<Typography.Title level={5} style={{ margin: 0 }}>校历设置</Typography.Title>} extra={<Typography.Text type="secondary">时区：{calendar?.timeZone ?? 'Asia/Shanghai'}</Typography.Text>}>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
        <Form<Values> form={form} layout="vertical" onFinish={save}>
          <Form.Item name="vacationMonths" label="寒暑假月份（这些月份无需上报月报）">
            <Checkbox.Group options={MONTHS} />
          </Form.Item>
          <Row gutter={24}>
            <Col span={8}>
              <Form.Item name="monthlyDueDay" label="月报截止日（每月几号前）" rules={[{ required: true, message: '请输入截止日' }, { type: 'integer', min: 2, max: 28, message: '须为 2–28 之间的整数' }]}>
                <InputNumber min={2} max={28} precision={0} style={{ width: '100%' }} addonAfter="日前" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="firstMonth" label="月报起始月份" rules={[{ required: true, message: '请输入起始月份' }, { pattern: /^\d{4}-(0[1-9]|1[0-2])$/, message: '格式为 YYYY-MM，如 2026-09' }]}>
                <Input placeholder="2026-09" />
              </Form.Item>
            </Col>
          </Row>
          <Typography.Title level={5}>提醒时间</Typography.Title>
          <Row gutter={24}>
            {LISTS.map((l) => (
              <Col span={8} key={l.key}>
                <Form.Item name={['offsets', l.key]} label={l.label} extra={l.help} rules={[dayList(l.max)]} normalize={(v: Array<string | number>) => v.map(Number).filter((n) => !Number.isNaN(n))}>
                  <Select mode="tags" tokenSeparators={[',', '，', ' ']} open={false} suffixIcon={null} placeholder="输入天数后回车" />
                </Form.Item>
              </Col>
            ))}
            <Col span={8}>
              <Form.Item name={['offsets', 'waitingWorkingDays']} label="审批停留催办（工作日）" rules={[{ required: true, message: '请输入天数' }, { type: 'integer', min: 1, max: 30, message: '须为 1–30 之间的整数' }]}>
                <InputNumber min={1} max={30} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name={['offsets', 'lateWindowDays']} label="逾期提醒持续（天）" rules={[{ required: true, message: '请输入天数' }, { type: 'integer', min: 1, max: 120, message: '须为 1–120 之间的整数' }]}>
                <InputNumber min={1} max={120} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Button type="primary" htmlType="submit" loading={saving}>
            保存设置
          </Button>
        </Form>
      </Card>
      <Card
        title={<Typography.Title level={5} style={{ margin: 0 }}>学期与自查截止日期</Typography.Title>}
        extra={<Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>新增学期</Button>}
      >
        <Table<Semester>
          rowKey="id"
          dataSource={calendar?.semesters ?? []}
          pagination={false}
          locale={{ emptyText: <Empty description="尚未设置学期" /> }}
          columns={[
            { title: '学期', dataIndex: 'name' },
            { title: '开始日期', dataIndex: 'startsOn' },
            { title: '结束日期', dataIndex: 'endsOn' },
            { title: '自查截止日期', dataIndex: 'selfCheckDueOn' },
            {
              title: '操作',
              key: 'actions',
              width: 160,
              render: (_, s) => (
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => setEditing(s)}>编辑</Button>
                  <Popconfirm title={`删除学期 ${s.name}？`} okText="删除" cancelText="取消" onConfirm={() => remove(s)}>
                    <Button type="link" size="small" danger>删除</Button>
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {editing && (
        <SemesterModal
          semester={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={async (s) => {
            setEditing(null);
            message.success(`已保存学期 ${s.name}`);
            await load();
          }}
        />
      )}
    </Space>
  );
}
