import type { Category, InputSpec, Nature, Selection, TemplateDefinition, TemplateNode } from '../template.types';

/**
 * seeds/000 — 指标自查表 (and the 自评报告 that accounts for it). 指标类型 基础指标 → four mandatory (必选) level-1
 * groups, 100 points; 校企合作成效指标 → optional (自选) 产出/效益 indicators, of which at least 10 level-3 ones are
 * selected (自选三级指标应不少于10个). Every indicator is scored by judgement (`manual`); quantitative and mixed ones
 * record the year's figure (当年数值) — 定量指标须全部采集. Titles are the seed's 三级指标 wording; `reportSection`
 * is the 自评报告 section that accounts for the indicator.
 */

type Kind = 'qualitative' | 'quantitative' | 'mixed';

const NATURE: Record<Kind, Nature> = { qualitative: 'qualitative', quantitative: 'quantitative', mixed: 'mixed' };

/** 当年数值: counts are whole numbers; shares (%) and money (亿元) may have decimals. */
function yearFigure(unit: string): InputSpec {
  return unit === '%' || unit === '亿元'
    ? { name: 'value', label: '当年数值', type: 'decimal', min: 0, unit }
    : { name: 'value', label: '当年数值', type: 'integer', min: 0, unit };
}

interface Row {
  code: string;
  title: string;
  points: number;
  kind: Kind;
  unit?: string;
  section?: string;
}

function indicator(row: Row, category: Category, selection: Selection): TemplateNode {
  const figure = row.kind !== 'qualitative' && row.unit !== undefined;
  return {
    code: row.code,
    title: row.title,
    level: 3,
    points: row.points,
    category,
    selection,
    nature: NATURE[row.kind],
    ...(row.unit ? { unit: row.unit } : {}),
    ...(row.section ? { reportSection: row.section } : {}),
    inputs: figure ? [yearFigure(row.unit as string)] : [],
    source: 'manual',
    rule: { type: 'manual' },
  };
}

function group(code: string, title: string, level: 1 | 2, category: Category, selection: Selection, children: TemplateNode[], extra: Partial<TemplateNode> = {}): TemplateNode {
  return { code, title, level, category, selection, ...extra, children };
}

const basic = (code: string, title: string, section: string | undefined, rows: Row[]): TemplateNode =>
  group(code, title, 2, 'basic', 'mandatory', rows.map((r) => indicator(r, 'basic', 'mandatory')), section ? { reportSection: section } : {});

const outcome = (code: string, title: string, section: string | undefined, rows: Row[]): TemplateNode =>
  group(code, title, 2, 'outcome', 'optional', rows.map((r) => indicator(r, 'outcome', 'optional')), section ? { reportSection: section } : {});

const Q = 'qualitative' as const;
const N = 'quantitative' as const;

const MECHANISM = group('M1', '机制与制度建设', 1, 'basic', 'mandatory', [
  basic('M1.1', '计划与总结执行情况', '1.1', [
    { code: 'M1.1.1', kind: Q, points: 5, title: '校企合作工作纳入二级学院年度计划，思路清晰、目标明确、具有可操作性，符合本学院特色和实际；年度自评报告严格对标、内容详实、数据精确，问题分析透彻，有具体的诊改、提升措施' },
  ]),
  basic('M1.2', '组织与运行情况', '1.2', [
    { code: 'M1.2.1', kind: Q, points: 5, title: '成立由二级学院领导、专业带头人、学校发展理事会成员单位及行业企业技术管理人员等组成的专业群建设(合作)指导委员会；有具体分管校企合作工作的二级学院领导和专（兼）职工作团队；定期开展校企合作管理工作相关会议，会议纪要有具体内涵和商讨事项；校企合作单位分层走访机制落实到位' },
  ]),
  basic('M1.3', '机制制度建设情况', '1.3', [
    { code: 'M1.3.1', kind: Q, points: 5, title: '有二级学院层面的人才培养、岗位实习、教师挂职实践、校企合作项目、基地建设、专业群建设等校企合作管理运行及考核长效机制并实际运行，制度完善；有完整的校企合作工作规范与流程文本，并实际执行，过程材料及档案管理规范，归档目录清晰（如有新增或修改需标明）' },
  ]),
], { points: 15, reportSection: '1' });

const PARTNERS = group('M2', '合作单位与平台拓展', 1, 'basic', 'mandatory', [
  basic('M2.1', '校企合作单位管理', '2.1', [
    { code: 'M2.1.1', kind: Q, points: 5, title: '执行校企合作单位动态调整管理机制，协议管理规范，新增、淘汰、孵化的合作单位台账清晰' },
    { code: 'M2.1.2', kind: Q, points: 5, title: '积极组织或参与职业教育周、校企开放日、企业文化进校园等校企类合作交流活动，成效显著，在一定范围内具有影响力和辐射效应' },
    { code: 'M2.1.3', kind: N, points: 5, unit: '%', title: '三年以上稳定合作单位占总数比（%）' },
  ]),
  basic('M2.2', '校企合作平台建设', '2.2', [
    { code: 'M2.2.1', kind: Q, points: 5, title: '注重拓展与知名企业、行业龙头企业的全方位合作，共同搭建研究、创新、实践平台，合作单位包含行业协会、科研院所、产业园区、特色小镇等' },
    { code: 'M2.2.2', kind: N, points: 5, unit: '个', title: '跨专业、跨学院校企合作平台或载体数量（个），如专业联盟、学校-钱塘区区校合作基地（中心）、产业（特色）学院、园区、协同创新中心、产教共同体、科研机构、产教融合示范基地、文化传承合作平台等' },
  ]),
], { points: 25, reportSection: '2' });

const BASES = group('M3', '实践教学基地建设', 1, 'basic', 'mandatory', [
  basic('M3.1', '实训基地分层分类建设', '3.1', [
    { code: 'M3.1.1', kind: Q, points: 5, title: '执行校外实训基地分层分类建设，有严格的实训基地考察、孵化程序，落实基地动态调整机制；紧密型基地实地走访全覆盖：统筹规划校企共建校内外实训基地，基地布点合理、功能明确，能满足学生实训实习需要，特别是半年以上岗位实习的需要' },
    { code: 'M3.1.2', kind: N, points: 5, unit: '个', title: '三年以上紧密型校外实训基地数量（个）' },
    { code: 'M3.1.3', kind: N, points: 5, unit: '个', title: '校企共建校内实训基地（含生产性）数量（个）' },
  ]),
  basic('M3.2', '师资基地建设', '3.2', [
    { code: 'M3.2.1', kind: N, points: 3, unit: '个', title: '校企共建“双师型”教师培养培训基地、教师企业实践基地数量（个）' },
    { code: 'M3.2.2', kind: N, points: 2, unit: '个', title: '技能大师工作室数量（含企业专家工作室、双师工作室等）（个）' },
  ]),
], { points: 20, reportSection: '3' });

const INTERNSHIP = group('M4', '实习管理', 1, 'basic', 'mandatory', [
  basic('M4.1', '过程管理与材料归档', '4.1', [
    { code: 'M4.1.1', kind: Q, points: 5, title: '严格执行实习管理有关规定，实习单位考察程序到位，组织实习招聘会、实习动员及安全教育等工作；注重实习过程管理，归档规范，严格落实管理平台各环节，有专业教师定期检查和兼职教师指导；实习月报、实习管理工作总结、实习巡访机制落实到位。' },
    { code: 'M4.1.2', kind: N, points: 5, unit: '%', title: '实习岗位对口率（%）' },
    { code: 'M4.1.3', kind: N, points: 5, unit: '%', title: '实习稳定率（%）' },
    { code: 'M4.1.4', kind: N, points: 5, unit: '%', title: '实地指导覆盖率（%）' },
    { code: 'M4.1.5', kind: N, points: 5, unit: '%', title: '合作单位接收学生实习人数占本学院毕业生总数比（%）' },
    { code: 'M4.1.6', kind: N, points: 5, unit: '%', title: '合作单位接受毕业生就业人数占本学院毕业生总数比（%）' },
  ]),
  basic('M4.2', '实习满意度', undefined, [
    { code: 'M4.2.1', kind: N, points: 5, unit: '%', title: '实习满意度（教师）（%）' },
    { code: 'M4.2.2', kind: N, points: 5, unit: '%', title: '实习满意度（学生）（%）' },
  ]),
], { points: 40, reportSection: '4' });

const OUTPUT = group('O1', '产出指标', 1, 'outcome', 'optional', [
  outcome('O1.1', '数量指标', '5', [
    { code: 'O1.1.1', kind: 'mixed', points: 5, unit: '个', section: '5.1', title: '参与职教集团或产教联盟（个）' },
    { code: 'O1.1.2', kind: 'mixed', points: 5, unit: '个', section: '5.2', title: '牵头专业联盟（个）' },
    { code: 'O1.1.3', kind: N, points: 5, unit: '个', section: '5.3', title: '产业学院（个）' },
    { code: 'O1.1.4', kind: N, points: 5, unit: '家', section: '5.4', title: '建成产教融合型实训基地（家）' },
    { code: 'O1.1.5', kind: N, points: 5, unit: '项', section: '5.5', title: '产学合作协同育人项目（项）' },
    { code: 'O1.1.6', kind: N, points: 5, unit: '个', section: '5.6', title: '现代学徒制试点专业（个）' },
    { code: 'O1.1.7', kind: N, points: 5, unit: '家', section: '5.7', title: '产教融合型合作企业（家）' },
    { code: 'O1.1.8', kind: N, points: 10, unit: '亿元', section: '5.8', title: '引入行业企业投入值（亿元）（2022年1月-2023年11月）' },
  ]),
  outcome('O1.2', '质量指标', '6', [
    { code: 'O1.2.1', kind: N, points: 5, unit: '个', section: '6.1', title: '省级以上实训基地（个）（包括省级生产性实训基地、产教融合示范基地、示范性实训基地、实习实训基地等）' },
    { code: 'O1.2.2', kind: N, points: 5, unit: '个', section: '6.2', title: '省级以上产学合作协同育人项目（个）' },
    { code: 'O1.2.3', kind: N, points: 5, unit: '个', section: '6.3', title: '省级及以上现代学徒制试点专业（个）' },
    { code: 'O1.2.4', kind: N, points: 5, unit: '家', section: '6.4', title: '助推省级以上产教融合型企业（家）' },
    { code: 'O1.2.5', kind: N, points: 5, unit: '%', section: '6.5', title: '校企协同育人培养人才比例（%）' },
    { code: 'O1.2.6', kind: N, points: 5, unit: '%', section: '6.6', title: '学徒制培养学生比例（%）' },
    { code: 'O1.2.7', kind: N, points: 5, unit: '个', section: '6.7', title: '国家级校企合作双元教材（个）' },
  ]),
]);

const BENEFIT = group('O2', '效益指标', 1, 'outcome', 'optional', [
  outcome('O2.1', '社会效益指标', undefined, [
    { code: 'O2.1.1', kind: Q, points: 5, section: '7.1', title: '形成可推广的“经贸—钱塘区”区校合作模式（如钱塘数字化财税金融协作中心、钱塘区食品安全公共服务平台等区校合作项目）' },
    { code: 'O2.1.2', kind: N, points: 5, unit: '个', section: '7.2', title: '省级以上产教融合、校企合作典型案例（个）（截止2023年11月）' },
  ]),
  outcome('O2.2', '可持续影响指标', undefined, [
    { code: 'O2.2.1', kind: N, points: 5, unit: '篇', section: '7.3', title: '产教融合、校企合作媒体报道（篇）（截止2023年11月）' },
    { code: 'O2.2.2', kind: Q, points: 5, section: '7.4', title: '形成可推广的校企合作机制（如产业学院运行制度、专业群企合作评价体系、二级学院校企合作运行机制、校外实训基地运行机制、双师工作室标准、校企协同学生实习模式等）' },
  ]),
  outcome('O2.3', '现代职业教育体系建设改革重点任务', undefined, [
    { code: 'O2.3.1', kind: Q, points: 10, section: '7.5', title: '市域产教联合体、行业产教融合共同体、开放型区域产教融合实践中心、职教教育示范性虚拟仿真实训基地、职业教育校企合作典型性生产实践项目、职业教育专业教学资源库等11项现代职业教育体系建设改革重点任务参与建设情况（截止2023年11月）' },
  ]),
], { reportSection: '7' });

export const SELF_CHECK_TABLE: TemplateDefinition = {
  key: 'self-check-table',
  name: '校企合作指标自查表',
  subject: 'college',
  // The seed has a self-score column only (自评分); no assessor weighting is given, so the final is the self score.
  weights: { self: 1, group: 0 },
  minOptional: 10,
  nodes: [MECHANISM, PARTNERS, BASES, INTERNSHIP, OUTPUT, BENEFIT],
};
