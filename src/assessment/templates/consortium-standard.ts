import type { TemplateDefinition, TemplateNode } from '../template.types';
import { SUBSTANTIVE } from './consortium-standard-substantive';
import { classify, figure as F, figureInput, heading as H, observe, yesNo as Y, yesNoInput } from './observation-builders';

/**
 * seeds/003 — 市域产教联合体建设标准（试行）: 一级指标 基础性 / 实质性 / 否定性 → 二级指标 (1–16) → 三级指标
 * (1.1–16.6, the seed's 序号 1–44) → 观测点 (1.1.1…), unscored. Codes are the seed's own numbers. 否定性指标 have no
 * observation points: each is a veto (any hit → 不合格).
 */

const BASIC: TemplateNode = {
  code: 'BASIC',
  title: '基础性指标',
  level: 1,
  children: [
    H('1', 2, '省（市）级政府', [
      H('1.1', 3, '省级：省级政府高度重视市域产教联合体建设，省委教育工作领导小组专题研究市域产教联合体等工作', [
        Y('1.1.1', '是否召开相关会议'),
        Y('1.1.2', '是否出台相关文件'),
      ]),
      H('1.2', 3, '市级：在市级政府领导下，园区、教育、发展改革、财政、税收、金融、土地、工业信息化、商务等部门建立密切配合的协调联动机制，明确职责分工，划定重点任务，提出时间节点；市委教育工作领导小组专题研究市域产教联合体规划建设等工作', [
        Y('1.2.1', '是否召开专题会议'),
        Y('1.2.2', '是否出台支持市域产教联合体发展细化方案'),
      ]),
    ]),
    H('2', 2, '产业园区', [
      H('2.1', 3, '区位优势：位于国家级新区、经济开发区、高新技术产业园区、临空经济区等重点区域', [
        observe('2.1.1', '产业园区等级：国家级、省级', 4, [
          {
            name: 'grade',
            label: '产业园区等级',
            type: 'option',
            options: [
              { value: 'national', label: '国家级' },
              { value: 'provincial', label: '省级' },
            ],
          },
        ]),
        observe('2.1.2', '产业发展状况：园区总产值（亿元）以及在省内排名', 4, [
          figureInput('output', '园区总产值', '亿元'),
          figureInput('provincialRank', '在省内排名', '名'),
        ]),
      ]),
      H('2.2', 3, '主导产业：传统产业升级、新兴产业壮大、未来产业培育', [
        observe('2.2.1', '园区主导产业及其类别', 4, [
          { name: 'industries', label: '园区主导产业', type: 'text' },
          {
            name: 'kind',
            label: '类别',
            type: 'option',
            options: [
              { value: 'upgrading', label: '传统产业升级' },
              { value: 'emerging', label: '新兴产业壮大' },
              { value: 'future', label: '未来产业培育' },
            ],
          },
        ]),
      ]),
      H('2.3', 3, '对市域经济贡献：列入重点产业，占全市相应产业产值的比重高于 30%', [
        observe('2.3.1', '列入市域重点产业目录，占全市相应产业产值的比重（%）', 4, [
          yesNoInput('listed', '是否列入市域重点产业目录'),
          figureInput('share', '占全市相应产业产值的比重', '%'),
        ]),
      ]),
    ]),
    H('3', 2, '牵头企业', [
      H('3.1', 3, '企业类型：行业龙头企业、专精特新“小巨人”企业或产教融合型企业', [
        Y('3.1.1', '是否为行业龙头企业、专精特新“小巨人”企业或省级及以上产教融合型企业'),
      ]),
      H('3.2', 3, '支持教育状况：以校企共建产教融合生产性实训基地或者捐赠教学设施设备等方式，近 3 年内累计投入 100 万元以上', [
        F('3.2.1', '牵头企业近三年在产教融合领域的总投入（万元）', '万元'),
      ]),
      H('3.3', 3, '执行政策情况：按照不少于职工工资总额 2.5%提取职工教育经费，安排一定比例用于技能人才培训', [
        F('3.3.1', '牵头企业提取职工教育经费比例（%）', '%'),
        F('3.3.2', '用于技能人才培训的比例（%）', '%'),
        F('3.3.3', '市域产教联合体内学校承担的牵头企业高技能人才培训比例（%）', '%'),
      ]),
    ]),
    H('4', 2, '牵头学校', [
      H('4.1', 3, '办学能力水平：办学能力水平高、产教融合质量高', [
        Y('4.1.1', '是否为国家级、省级高水平职业学校或专业群建设单位，或本科层次职业学校'),
      ]),
      H('4.2', 3, '专业匹配产业：高水平专业群与园区产业相吻合', [
        F('4.2.1', '牵头学校高水平专业群与产业园区产业匹配度（%）', '%'),
      ]),
    ]),
  ],
};

/** 16.负面清单: each item is a veto recorded as whether it happened. */
const veto = (code: string, title: string): TemplateNode => ({
  code,
  title,
  level: 3,
  nature: 'veto',
  inputs: [{ name: 'hit', label: '是否发生', type: 'boolean' }],
  source: 'manual',
  rule: { type: 'veto', input: 'hit' },
});

const NEGATIVE: TemplateNode = {
  code: 'NEGATIVE',
  title: '否定性指标',
  level: 1,
  children: [
    {
      code: '16',
      title: '负面清单',
      description: '过程监测、退出机制',
      level: 2,
      children: [
        veto('16.1', '在招生、就业、安全等领域发生重大违法违规事件、造成不良社会影响'),
        veto('16.2', '申报和建设过程中存在重大造假行为'),
        veto('16.3', '连续两年没有按计划落实经费投入'),
        veto('16.4', '连续两年政府没有出台有效政策'),
        veto('16.5', '人才培养没有取得重大突破'),
        veto('16.6', '企业没有落实“四个合作”相关工作'),
      ],
    },
  ],
};

export const CONSORTIUM_STANDARD: TemplateDefinition = {
  key: 'consortium-standard',
  name: '市域产教联合体建设标准（试行）',
  subject: 'consortium',
  // Unscored: the seed gives no weighting; the verdict comes from the 否定性指标 alone.
  weights: { self: 1, group: 0 },
  nodes: [classify(BASIC, 'basic', 'mandatory'), classify(SUBSTANTIVE, 'substantive', 'mandatory'), classify(NEGATIVE, 'negative', 'mandatory')],
};
