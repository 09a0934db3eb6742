import type { CycleResults, SheetItem, SheetView } from '../sheet.types';
import type { TemplateDefinition } from '../template.types';

/**
 * Hand-built fixtures for the export specs (no database): a small coop-2023-like template with one sheet scored by two
 * assessors (and a third who stopped half-way), a cycle's results with a tie and a college without S2, and a small
 * self-check-table-like template with a selected and an unselected optional indicator.
 */

export const COOP_TEMPLATE: TemplateDefinition = {
  key: 'coop-2023',
  name: '校企合作考核评价指标体系',
  subject: 'college',
  weights: { self: 0.4, group: 0.6 },
  nodes: [
    {
      code: 'A',
      title: '院系校企合作组织领导',
      level: 1,
      children: [
        {
          code: 'A1',
          title: '有校企合作工作负责人',
          level: 2,
          points: 3,
          nature: 'qualitative',
          inputs: [{ name: 'leader', label: '负责人', type: 'option', options: [{ value: 'both', label: '正副职均有' }, { value: 'head', label: '行政正职' }] }],
          rule: { type: 'options', input: 'leader', points: { head: 2, deputy: 1, both: 3, none: 0 } },
        },
        { code: 'A3', title: '工作开展情况上报', level: 2, points: 10, nature: 'quantitative', source: 'computed:monthly-punctuality', rule: { type: 'deduction', input: 'missedMonths', perMiss: 1 } },
      ],
    },
    {
      code: 'C',
      title: '校企合作成效',
      level: 1,
      children: [
        {
          code: 'C5',
          title: '学生跟（顶）岗实习',
          level: 2,
          points: 20,
          bonusCap: 5,
          nature: 'quantitative',
          unit: '%',
          inputs: [
            { name: 'localInterns', label: '本地实习人数', type: 'ratioPart', partOf: 'totalInterns' },
            { name: 'totalInterns', label: '实习总人数', type: 'integer', min: 0 },
          ],
          rule: { type: 'ratioBands', part: 'localInterns', whole: 'totalInterns', target: [60, 100], step: [5, 100], perStep: 1, bonusCap: 5 },
        },
        {
          code: 'CO',
          title: '订单培养',
          level: 2,
          children: [
            {
              code: 'C4',
              title: '订单班级与学生人数',
              level: 3,
              points: 10,
              nature: 'quantitative',
              inputs: [{ name: 'orderClassSizes', label: '订单班人数', type: 'integerList', min: 0 }],
              rule: { type: 'perUnit', input: 'orderClassSizes', eachAtLeast: [{ min: 30, points: 10 }, { min: 0, points: 5 }], cap: 10 },
            },
          ],
        },
      ],
    },
  ],
};

type Scores = Array<[string, number]>;
const NAMES: Record<string, string> = { a1: '王明', a2: '李华', a3: '赵强' };

function item(code: string, parentCode: string | null, title: string, level: number, fields: Partial<SheetItem> = {}, scores: Scores = []): SheetItem {
  const leaf = fields.leaf ?? true;
  const list = scores.map(([assessorId, score]) => ({ assessorId, assessorName: NAMES[assessorId], score, note: null }));
  return {
    code,
    parentCode,
    title,
    level,
    points: null,
    bonusCap: null,
    leaf,
    selection: 'mandatory',
    nature: null,
    unit: null,
    selected: null,
    inputs: {},
    proposal: null,
    selfScore: null,
    note: null,
    scores: list,
    groupScore: list.length > 0 ? list.reduce((a, s) => a + s.score, 0) / list.length : null,
    ...fields,
  };
}

/** 经济管理学院: S1 = 3 + 8 + 22 + 10 = 43; 王明 42, 李华 39 (赵强 scored A1 only and does not count); S2 = 40.5. */
export const COOP_SHEET: SheetView = {
  id: 'sheet-econ',
  cycleId: 'cycle-2026',
  subjectId: 'college-econ',
  subjectName: '经济管理学院',
  templateKey: 'coop-2023',
  templateVersion: 1,
  year: 2026,
  state: 'submitted',
  version: 7,
  allowedEvents: [],
  totals: { s1: 43, s2: 40.5, final: 41.5 },
  weights: { self: 0.4, group: 0.6 },
  verdict: '合格',
  vetoHit: false,
  items: [
    item('A', null, '院系校企合作组织领导', 1, { leaf: false }),
    item('A1', 'A', '有校企合作工作负责人', 2, { points: 3, nature: 'qualitative', inputs: { leader: 'both' }, proposal: { score: 3, evidence: [] }, selfScore: 3 }, [['a1', 3], ['a2', 2], ['a3', 1]]),
    item(
      'A3',
      'A',
      '工作开展情况上报',
      2,
      {
        points: 10,
        nature: 'quantitative',
        proposal: {
          score: 8,
          evidence: [
            { kind: 'month', id: '2025-09', label: '2025年9月', status: 'on_time' },
            { kind: 'month', id: '2025-10', label: '2025年10月', status: 'missing' },
            { kind: 'month', id: '2025-11', label: '2025年11月', status: 'late' },
          ],
        },
        selfScore: 8,
        note: '10月月报因系统故障未按时提交',
      },
      [['a1', 8], ['a2', 9]],
    ),
    item('C', null, '校企合作成效', 1, { leaf: false }),
    item('C5', 'C', '学生跟（顶）岗实习', 2, { points: 20, bonusCap: 5, nature: 'quantitative', unit: '%', inputs: { localInterns: 70, totalInterns: 100 }, proposal: { score: 22, evidence: [] }, selfScore: 22 }, [['a1', 21], ['a2', 20]]),
    item('CO', 'C', '订单培养', 2, { leaf: false }),
    item(
      'C4',
      'CO',
      '订单班级与学生人数',
      3,
      { points: 10, nature: 'quantitative', inputs: { orderClassSizes: [35, 20] }, proposal: { score: 10, evidence: [{ kind: 'agreement', id: 'ag-1', label: '杭州跨境电商订单班协议', status: 'selfCheck' }] }, selfScore: 10 },
      [['a1', 10], ['a2', 8]],
    ),
  ],
};

/** Four colleges: 信息工程 and 经济管理 tie at 86.2 (rank 1, 1), 机电 third, 旅游 has no S2 yet. */
export const RESULTS: CycleResults = {
  cycleId: 'cycle-2026',
  templateKey: 'coop-2023',
  templateVersion: 1,
  templateName: '校企合作考核评价指标体系',
  year: 2026,
  weights: { self: 0.4, group: 0.6 },
  rows: [
    { subjectId: 'c-info', name: '信息工程学院', s1: 88, s2: 85, final: 86.2, rank: 1, verdict: '优秀', state: 'final' },
    { subjectId: 'c-econ', name: '经济管理学院', s1: 85, s2: 87, final: 86.2, rank: 1, verdict: '优秀', state: 'final' },
    { subjectId: 'c-tour', name: '旅游学院', s1: 90, s2: null, final: null, rank: null, verdict: null, state: 'drafting' },
  ],
};

export const RESULTS_WITH_THIRD: CycleResults = {
  ...RESULTS,
  rows: [...RESULTS.rows.slice(0, 2), { subjectId: 'c-mech', name: '机电工程学院', s1: 80, s2: 82, final: 81.2, rank: 3, verdict: '良好', state: 'final' }, RESULTS.rows[2]],
};

/** Seed 000 wording, as the self-check-table template carries it. */
export const PLAN_TITLE =
  '校企合作工作纳入二级学院年度计划，思路清晰、目标明确、具有可操作性，符合本学院特色和实际；年度自评报告严格对标、内容详实、数据精确，问题分析透彻，有具体的诊改、提升措施';
export const PLATFORM_TITLE = '跨专业、跨学院校企合作平台或载体数量（个）';
export const BASES_TITLE = '三年以上紧密型校外实训基地数量（个）';

export const SELF_CHECK_TEMPLATE: TemplateDefinition = {
  key: 'self-check-table',
  name: '校企合作指标自查表',
  subject: 'college',
  weights: { self: 1, group: 0 },
  minOptional: 1,
  nodes: [
    { code: 'M1', title: '机制与制度建设', level: 1, points: 5, category: 'basic', selection: 'mandatory', children: [
      { code: 'M1.1', title: '计划与总结执行情况', level: 2, category: 'basic', selection: 'mandatory', children: [
        { code: 'M1.1.1', title: PLAN_TITLE, level: 3, points: 5, category: 'basic', selection: 'mandatory', nature: 'qualitative', rule: { type: 'manual' } },
      ] },
    ] },
    { code: 'M2', title: '合作单位与平台拓展', level: 1, points: 5, category: 'basic', selection: 'mandatory', children: [
      { code: 'M2.2', title: '校企合作平台建设', level: 2, category: 'basic', selection: 'mandatory', children: [
        { code: 'M2.2.2', title: PLATFORM_TITLE, level: 3, points: 5, category: 'basic', selection: 'mandatory', nature: 'quantitative', unit: '个', inputs: [{ name: 'value', label: '当年数值', type: 'integer', min: 0, unit: '个' }], rule: { type: 'manual' } },
      ] },
    ] },
    { code: 'M3', title: '实践教学基地建设', level: 1, points: 5, category: 'basic', selection: 'mandatory', children: [
      { code: 'M3.1', title: '实训基地分层分类建设', level: 2, category: 'basic', selection: 'mandatory', children: [
        { code: 'M3.1.2', title: BASES_TITLE, level: 3, points: 5, category: 'basic', selection: 'mandatory', nature: 'quantitative', unit: '个', inputs: [{ name: 'value', label: '当年数值', type: 'integer', min: 0, unit: '个' }], source: 'computed:stable-partners', rule: { type: 'manual' } },
      ] },
    ] },
    { code: 'O1', title: '产出指标', level: 1, category: 'outcome', selection: 'optional', children: [
      { code: 'O1.1', title: '数量指标', level: 2, category: 'outcome', selection: 'optional', children: [
        { code: 'O1.1.2', title: '牵头专业联盟（个）', level: 3, points: 5, category: 'outcome', selection: 'optional', nature: 'mixed', unit: '个', inputs: [{ name: 'value', label: '当年数值', type: 'integer', min: 0, unit: '个' }], rule: { type: 'manual' } },
        { code: 'O1.1.3', title: '产业学院（个）', level: 3, points: 5, category: 'outcome', selection: 'optional', nature: 'quantitative', unit: '个', inputs: [{ name: 'value', label: '当年数值', type: 'integer', min: 0, unit: '个' }], rule: { type: 'manual' } },
      ] },
    ] },
  ],
};

const leafOf = (code: string, parentCode: string, title: string, fields: Partial<SheetItem>) =>
  item(code, parentCode, title, 3, { points: 5, nature: 'quantitative', unit: '个', ...fields });

/** 经济管理学院's self-check: 5 + 4 + 5 + 5 = 19; 牵头专业联盟 was scored 3 but not selected, so it does not count. */
export const SELF_CHECK_SHEET: SheetView = {
  ...COOP_SHEET,
  id: 'sheet-econ-self',
  templateKey: 'self-check-table',
  state: 'drafting',
  totals: { s1: 19, s2: null, final: 19 },
  weights: { self: 1, group: 0 },
  verdict: null,
  items: [
    item('M1', null, '机制与制度建设', 1, { leaf: false, points: 5 }),
    item('M1.1', 'M1', '计划与总结执行情况', 2, { leaf: false }),
    item('M1.1.1', 'M1.1', PLAN_TITLE, 3, { points: 5, nature: 'qualitative', selfScore: 5, note: '已将校企合作纳入学院2026年度工作计划，按月推进并形成年度总结。' }),
    item('M2', null, '合作单位与平台拓展', 1, { leaf: false, points: 5 }),
    item('M2.2', 'M2', '校企合作平台建设', 2, { leaf: false }),
    leafOf('M2.2.2', 'M2.2', PLATFORM_TITLE, { inputs: { value: 2 }, selfScore: 4 }),
    item('M3', null, '实践教学基地建设', 1, { leaf: false, points: 5 }),
    item('M3.1', 'M3', '实训基地分层分类建设', 2, { leaf: false }),
    leafOf('M3.1.2', 'M3.1', BASES_TITLE, {
      inputs: { value: 2 },
      proposal: {
        score: 5,
        evidence: [
          { kind: 'partner', id: 'p-1', label: '杭州华信科技有限公司', status: '合作4年' },
          { kind: 'partner', id: 'p-2', label: '浙江钱塘物流集团', status: '合作3年' },
        ],
      },
      selfScore: 5,
    }),
    item('O1', null, '产出指标', 1, { leaf: false, selection: 'optional' }),
    item('O1.1', 'O1', '数量指标', 2, { leaf: false, selection: 'optional' }),
    leafOf('O1.1.2', 'O1.1', '牵头专业联盟（个）', { selection: 'optional', selected: false, nature: 'mixed', inputs: { value: 1 }, selfScore: 3 }),
    leafOf('O1.1.3', 'O1.1', '产业学院（个）', {
      selection: 'optional',
      selected: true,
      inputs: { value: 1 },
      proposal: { score: 5, evidence: [{ kind: 'agreement', id: 'ag-9', label: '数字贸易产业学院共建协议', status: 'filing' }] },
      selfScore: 5,
    }),
  ],
};
