import { Button, Descriptions, Form, Input, Typography, type FormInstance } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { CONTENT_FIELDS, type Report } from './shared';

export type ContentValues = Pick<Report, (typeof CONTENT_FIELDS)[number]['name']>;

export function contentOf(report: Report): ContentValues {
  return Object.fromEntries(CONTENT_FIELDS.map((f) => [f.name, report[f.name]])) as ContentValues;
}

/**
 * The report's content (MonthlyReportContentDto): a form while the report is a draft or returned, read-only text
 * once it is with the leader or reported.
 */
export function ReportContentForm({ form, report, editable, saving, onSave }: { form: FormInstance<ContentValues>; report: Report; editable: boolean; saving: boolean; onSave: () => void }) {
  if (!editable) {
    return (
      <Descriptions column={1} bordered size="small" styles={{ label: { width: 180 } }}>
        {CONTENT_FIELDS.map((f) => (
          <Descriptions.Item key={f.name} label={f.label}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{report[f.name] || '—'}</Typography.Paragraph>
          </Descriptions.Item>
        ))}
      </Descriptions>
    );
  }
  return (
    <Form form={form} layout="vertical" initialValues={contentOf(report)} onFinish={onSave}>
      {CONTENT_FIELDS.map((f) => (
        <Form.Item key={f.name} name={f.name} label={f.label} rules={[{ max: f.max, message: `不超过 ${f.max} 字` }]} extra={f.required ? '提交审核前必须填写' : undefined}>
          <Input.TextArea rows={f.rows} showCount={{ formatter: ({ count }) => `${count} 字` }} />
        </Form.Item>
      ))}
      <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={saving}>
        保存
      </Button>
    </Form>
  );
}
