import type { InputSpec, TemplateDefinition, TemplateNode } from '../template.types';

/**
 * seeds/001 — 郴州职业技术学院校企合作考核指标体系（试行）, the 100-point system of the 校企合作考核评价工作方案:
 * Smi = S1i×40% + S2i×60%. Codes, inputs and rules as ASSESSMENT.md's table; `description` keeps the seed's
 * 评分标准 word for word. The seed names no category (基础/实质…) and no 必选/自选: every indicator counts.
 */

const count = (name: string, label: string, unit?: string): InputSpec => ({ name, label, type: 'integer', min: 0, ...(unit ? { unit } : {}) });
const partOf = (name: string, label: string, whole: string, unit: string): InputSpec => ({ name, label, type: 'ratioPart', partOf: whole, unit });
const done = (name: string, label: string): InputSpec => ({ name, label, type: 'boolean' });
/** The college's number of majors, from the records (C2 may not claim more majors than it has). */
const majorsFromRecords: InputSpec = { ...count('majors', '本院系专业数', '个'), source: 'computed:college-majors' };

const leaf = (node: Omit<TemplateNode, 'level' | 'selection'>): TemplateNode => ({ level: 2, selection: 'mandatory', ...node });

const A: TemplateNode = {
  code: 'A',
  title: '院系校企合作组织领导',
  level: 1,
  points: 20,
  selection: 'mandatory',
  children: [
    leaf({
      code: 'A1',
      title: '院系有校企合作工作负责人',
      points: 3,
      nature: 'qualitative',
      description: '各院系有校企合作工作负责人，其中只有行政正职领导负责的得2分；只有副职领导负责的得1分。',
      inputs: [
        {
          name: 'leader',
          label: '校企合作工作负责人',
          type: 'option',
          options: [
            { value: 'head', label: '只有行政正职领导负责' },
            { value: 'deputy', label: '只有副职领导负责' },
            { value: 'both', label: '行政正职与副职领导共同负责' },
            { value: 'none', label: '没有负责人' },
          ],
        },
      ],
      source: 'manual',
      rule: { type: 'options', input: 'leader', points: { head: 2, deputy: 1, both: 3, none: 0 } },
    }),
    leaf({
      code: 'A2',
      title: '院系有校企合作专（兼）职工作人员',
      points: 2,
      nature: 'qualitative',
      description: '各院系有校企合作专（兼）职工作人员，其中配有专职人员的得2分；配备兼职人员的得1分；没有的不得分。',
      inputs: [
        {
          name: 'staff',
          label: '校企合作工作人员',
          type: 'option',
          options: [
            { value: 'fulltime', label: '配有专职人员' },
            { value: 'parttime', label: '配备兼职人员' },
            { value: 'none', label: '没有' },
          ],
        },
      ],
      source: 'manual',
      rule: { type: 'options', input: 'staff', points: { fulltime: 2, parttime: 1, none: 0 } },
    }),
    leaf({
      code: 'A3',
      title: '院系校企合作工作开展情况上报',
      points: 10,
      nature: 'quantitative',
      unit: '次',
      description:
        '各院系每月5号（寒暑假除外）前通过学校OA系统经院系行政负责人审核后上报给校企合作中心，按时按要求上报且内容完整质量高记10分，没有按时或按要求上报的缺一次扣1分。',
      inputs: [count('missedMonths', '应报月份中缺报、迟报或未经院系行政负责人审核的次数', '次')],
      source: 'computed:monthly-punctuality',
      rule: { type: 'deduction', input: 'missedMonths', perMiss: 1 },
    }),
    leaf({
      code: 'A4',
      title: '院系有校企合作计划、总结',
      points: 5,
      nature: 'qualitative',
      description: '各院系校企合作工作有年度、学期工作计划和总结且计划、总结全面具体得5分，缺一项扣1分。',
      inputs: [
        done('annualPlan', '年度工作计划'),
        done('annualSummary', '年度工作总结'),
        done('semester1Plan', '第一学期工作计划'),
        done('semester1Summary', '第一学期工作总结'),
        done('semester2Plan', '第二学期工作计划'),
        done('semester2Summary', '第二学期工作总结'),
      ],
      source: 'manual',
      rule: {
        type: 'checklist',
        items: ['annualPlan', 'annualSummary', 'semester1Plan', 'semester1Summary', 'semester2Plan', 'semester2Summary'],
        each: 1,
      },
    }),
  ],
};

const B: TemplateNode = {
  code: 'B',
  title: '院系与企业合作指标',
  level: 1,
  points: 10,
  selection: 'mandatory',
  children: [
    leaf({
      code: 'B1',
      title: '校企合作企业数量',
      points: 10,
      bonusCap: 5,
      nature: 'quantitative',
      unit: '家',
      description: '各院系每个专业校企合作企业必须有一家合作企业，达到要求得10分，超过1家加1分，最多加5分。少一个专业没有扣3分。',
      inputs: [{ name: 'partnersPerMajor', label: '各专业合作企业数', type: 'integerList', min: 0, unit: '家' }],
      source: 'computed:partners-per-major',
      rule: {
        type: 'coverage',
        input: 'partnersPerMajor',
        perMissing: 3,
        bonus: { input: 'partnersPerMajor', each: 1, cap: 5, beyond: 1 },
      },
    }),
  ],
};

const C: TemplateNode = {
  code: 'C',
  title: '校企合作成效',
  level: 1,
  points: 70,
  selection: 'mandatory',
  children: [
    leaf({
      code: 'C1',
      title: '课程开发',
      points: 5,
      bonusCap: 5,
      nature: 'quantitative',
      description:
        '各院系每学期召开一次有企业参与的课程体系建设讨论会，得满分，全年只召开一次得2分，没有召开不得分。共同开发校本教材，每增加一本加1分，最多加5分。',
      inputs: [count('curriculumMeetings', '全年有企业参与的课程体系建设讨论会次数', '次'), count('textbooks', '与企业共同开发的校本教材数', '本')],
      source: 'manual',
      rule: {
        type: 'bands',
        input: 'curriculumMeetings',
        bands: [
          { atLeast: 2, points: 5 },
          { atLeast: 1, points: 2 },
        ],
        bonus: { input: 'textbooks', each: 1, cap: 5 },
      },
    }),
    leaf({
      code: 'C2',
      title: '校企共建校内、校外实训基地',
      points: 5,
      nature: 'quantitative',
      unit: '个',
      description: '各院系各专业均有校内、校外实训基地得满分，少一个专业没有扣1分，没有的该项不得分。',
      inputs: [partOf('majorsWithBothBases', '同时有校内、校外实训基地的专业数', 'majors', '个'), majorsFromRecords],
      source: 'manual',
      rule: { type: 'coverage', input: 'majorsWithBothBases', of: 'majors', perMissing: 1, zeroWhenNone: true },
    }),
    leaf({
      code: 'C3',
      title: '订单专业数量',
      cluster: '订单培养（20分）',
      points: 10,
      nature: 'quantitative',
      unit: '个',
      description: '订单培养班级每涉及一个专业得3分，各专业均有得满分。',
      inputs: [partOf('orderClassMajors', '有订单培养班级的专业数', 'majors', '个'), count('majors', '本院系专业数', '个')],
      source: 'computed:order-class-majors',
      rule: { type: 'perUnit', input: 'orderClassMajors', each: 3, cap: 10, fullWhen: 'majors' },
    }),
    leaf({
      code: 'C4',
      title: '订单班级与学生人数',
      cluster: '订单培养（20分）',
      points: 10,
      nature: 'quantitative',
      unit: '人',
      description: '30人以上订单班级每增加一个得10分，不足30人订单班级每增加一个得5分，最高得满分。',
      inputs: [{ name: 'orderClassSizes', label: '各订单班级学生人数', type: 'integerList', min: 1, unit: '人' }],
      source: 'manual',
      rule: {
        type: 'perUnit',
        input: 'orderClassSizes',
        eachAtLeast: [
          { min: 30, points: 10 },
          { min: 1, points: 5 },
        ],
        cap: 10,
      },
    }),
    leaf({
      code: 'C5',
      title: '学生跟（顶）岗实习',
      cluster: '学生实习就业情况（30分）',
      points: 20,
      bonusCap: 5,
      nature: 'quantitative',
      unit: '%',
      description: '组织学生在本地特别是园区企业进行跟（顶）岗实习，要求人数占实习总人数的60%，达到计满分，超过5%加1分，最多加5分。未达到，每低5%，扣1分。',
      inputs: [partOf('localInterns', '在本地（特别是园区）企业跟（顶）岗实习人数', 'totalInterns', '人'), count('totalInterns', '实习总人数', '人')],
      source: 'manual',
      rule: { type: 'ratioBands', part: 'localInterns', whole: 'totalInterns', target: [60, 100], step: [5, 100], perStep: 1, bonusCap: 5 },
    }),
    leaf({
      code: 'C6',
      title: '学生就业',
      cluster: '学生实习就业情况（30分）',
      points: 10,
      bonusCap: 3,
      nature: 'quantitative',
      unit: '%',
      description: '学生在本地就业人数占毕业生总人数的20%，达到计满分，超过2%，加1分，最多加3分。未过到，每低2%，扣1分。',
      inputs: [partOf('localEmployed', '本地就业人数', 'graduates', '人'), count('graduates', '毕业生总人数', '人')],
      source: 'manual',
      rule: { type: 'ratioBands', part: 'localEmployed', whole: 'graduates', target: [20, 100], step: [2, 100], perStep: 1, bonusCap: 3 },
    }),
    leaf({
      code: 'C7',
      title: '师资队伍建设',
      points: 10,
      nature: 'quantitative',
      unit: '%',
      description:
        '年度内有20%以上的教师到合作企业挂职锻炼、跟班提高（连续一个月以上），合作企业的工程师入校承担10%以上的课程教学，达到要求该项计满分。校企人员互派每低1%，扣1分。',
      inputs: [
        partOf('teachersInEnterprise', '到合作企业挂职锻炼、跟班提高（连续一个月以上）的教师数', 'teachers', '人'),
        count('teachers', '教师总数', '人'),
        partOf('engineerCourses', '合作企业工程师入校承担的课程数', 'courses', '门'),
        count('courses', '课程总数', '门'),
      ],
      source: 'manual',
      rule: {
        type: 'dualRatio',
        parts: [
          { part: 'teachersInEnterprise', whole: 'teachers', target: [20, 100] },
          { part: 'engineerCourses', whole: 'courses', target: [10, 100] },
        ],
        perPoint: 1,
      },
    }),
  ],
};

export const COOP_2023: TemplateDefinition = {
  key: 'coop-2023',
  name: '郴州职业技术学院校企合作考核指标体系（试行）',
  subject: 'college',
  weights: { self: 0.4, group: 0.6 },
  nodes: [A, B, C],
};
