import { useState } from 'react';
import { Alert, App, Button, Form, Input, InputNumber, Space } from 'antd';
import { api, call } from '../../api/client';
import { placeProblem } from './shared';
import type { ItemContext } from './ItemDrawer';
import type { Item } from './sheetTree';

/** ScoreItemDto: this assessor's score for one leaf (0 to the points plus bonus) and an optional note. */
export function ScoreForm({ item, max, ctx }: { item: Item; max: number | undefined; ctx: ItemContext }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ score: number; note?: string }>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const mine = item.scores.find((s) => s.assessorId === ctx.meId);
  const save = async (v: { score: number; note?: string }) => {
    setSaving(true);
    setError(null);
    try {
      const result = await call(api.PUT('/api/v1/assessment/cycles/{id}/sheets/{subjectId}/scores/{code}', {
        params: { path: { id: ctx.sheet.cycleId, subjectId: ctx.sheet.subjectId, code: item.code } }, body: { score: v.score, note: v.note || null },
      }));
      ctx.onItem(result);
      message.success(`${item.code} 评分已保存`);
    } catch (err) {
      setError(placeProblem(form, err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Form form={form} layout="vertical" onFinish={save} initialValues={{ score: mine?.score, note: mine?.note ?? undefined }} style={{ marginTop: 12 }}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Space align="start" wrap>
        <Form.Item name="score" label="我的评分" rules={[{ required: true, message: '请填写评分' }]} extra={max !== undefined ? `0 – ${max} 分` : undefined}>
          <InputNumber min={0} max={max} step={0.5} precision={2} />
        </Form.Item>
        <Form.Item name="note" label="评分说明" style={{ minWidth: 360 }}>
          <Input.TextArea rows={1} maxLength={5000} />
        </Form.Item>
      </Space>
      <Button type="primary" htmlType="submit" loading={saving}>保存评分</Button>
    </Form>
  );
}
