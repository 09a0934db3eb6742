import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert, Button, Card, Form, Input, Select, Space, Switch, Typography } from 'antd';
import { api, call, type Schemas } from '../../api/client';
import { useMe } from '../../auth/me';
import { applyProblem } from '../../components/formErrors';
import { COOPERATION_TYPE_OPTIONS } from '../../components/agreements/catalog';
import { useColleges, usePartners } from '../../components/agreements/lookups';
import { DEMONSTRATION_REQUIRED } from '../../../../workflows/agreement.catalog';

type Values = Schemas['CreateAgreementDto'];

/** 新建合作项目 — starts an agreement at 调研 for the caller's college (the center and admins pick the college). */
export default function AgreementCreatePage() {
  const { me } = useMe();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const colleges = useColleges();
  const [partnerQ, setPartnerQ] = useState('');
  const { partners, loading: partnersLoading } = usePartners(partnerQ);
  const chosenCollege = Form.useWatch('collegeId', form);
  const cooperationType = Form.useWatch('cooperationType', form);
  const collegeId = me.collegeId ?? chosenCollege ?? null;
  const [majors, setMajors] = useState<Schemas['Major'][]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (!collegeId) return setMajors([]);
    call(api.GET('/api/v1/majors', { params: { query: { collegeId, pageSize: 100 } } }))
      .then((r) => setMajors(r.items))
      .catch(() => setMajors([]));
  }, [collegeId]);
  const forced = cooperationType ? (DEMONSTRATION_REQUIRED as readonly string[]).includes(cooperationType) : false;

  const submit = async (values: Values) => {
    setSaving(true);
    setError(null);
    try {
      const created = await call(api.POST('/api/v1/agreements', { body: { ...values, requiresDemonstration: forced || !!values.requiresDemonstration } }));
      navigate(`/agreements/${created.id}`);
    } catch (err) {
      setError(applyProblem(form, err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card title={<Typography.Title level={5} style={{ margin: 0 }}>新建合作项目</Typography.Title>} style={{ maxWidth: 760 }}>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="form-error" />}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ title: '', partnerId: undefined, cooperationType: undefined, majorIds: [], requiresDemonstration: false, ...(me.collegeId ? {} : { collegeId: undefined }) }}
      >
        {!me.collegeId && (
          <Form.Item name="collegeId" label="二级学院" rules={[{ required: true, message: '请选择二级学院' }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={colleges.map((c) => ({ value: c.id, label: c.name }))} placeholder="代哪个二级学院创建" />
          </Form.Item>
        )}
        <Form.Item name="title" label="项目名称" rules={[{ required: true, whitespace: true, message: '请填写项目名称' }, { max: 200, message: '不超过 200 字' }]}>
          <Input placeholder="如：与某公司共建工业机器人订单班" />
        </Form.Item>
        <Form.Item name="partnerId" label="合作单位" rules={[{ required: true, message: '请选择合作单位' }]} extra="合作单位须先在合作单位库中登记">
          <Select
            showSearch={{ filterOption: false, onSearch: setPartnerQ }}
            loading={partnersLoading}
            placeholder="输入名称或统一社会信用代码搜索"
            options={partners.map((p) => ({ value: p.id, label: p.name, disabled: p.status === 'eliminated' }))}
          />
        </Form.Item>
        <Form.Item name="cooperationType" label="合作形式" rules={[{ required: true, message: '请选择合作形式' }]}>
          <Select options={COOPERATION_TYPE_OPTIONS} placeholder="请选择" />
        </Form.Item>
        <Form.Item name="majorIds" label="面向专业" rules={[{ required: true, type: 'array', min: 1, message: '至少选择一个专业' }]}>
          <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={majors.map((m) => ({ value: m.id, label: `${m.name}（${m.code}）` }))} placeholder={collegeId ? '请选择' : '请先选择二级学院'} />
        </Form.Item>
        <Form.Item name="requiresDemonstration" label="需要项目论证" valuePropName="checked" extra={forced ? '专业共建、产业学院、实训基地共建类项目必须论证' : '可由学院负责人申请专家论证'}>
          <Switch disabled={forced} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={saving}>
            创建
          </Button>
          <Button onClick={() => navigate('/agreements')}>取消</Button>
        </Space>
      </Form>
    </Card>
  );
}
