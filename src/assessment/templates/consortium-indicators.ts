import type { InputSpec, TemplateDefinition, TemplateNode } from '../template.types';
import { classify, figureInput, observe, textInput, yesNoInput } from './observation-builders';

/**
 * seeds/004 — 附件2 市域产教联合体建设指标 (基本指标 1–7 with their 观测点, each recorded as met or not) and the
 * yearly figures of 附件4 推荐书 (1.联合体概况 running costs, 2.服务能力). 年度数据截止时间为每年12月31日: 2023 is the
 * members' actual total, 2024–2026 the committed figures (2024—2026年填写承诺建成数据，下同); later actuals are
 * compared with them (consortium-figures.ts). `years` on a node says which years its figures are recorded for.
 * Codes: the seed's numbers for 附件2; P1 (推荐书 1.联合体概况) and P2 (推荐书 2.服务能力) for the 推荐书's figures, whose
 * units the form puts in the cells (个, 人次, 课时数, 人月, 人) and which are kept as each figure's unit.
 */

const ALL_YEARS = [2023, 2024, 2025, 2026];
const COMMITTED = [2024, 2025, 2026];

const met = (code: string, wording: string): TemplateNode => observe(code, wording, 2, [yesNoInput('met', '是否达到')]);

const basic = (code: string, title: string, points: TemplateNode[]): TemplateNode => ({ code, title, level: 1, children: points });

const BASIC_INDICATORS: TemplateNode[] = [
  basic('1', '基本情况', [
    met('1.1', '联合体牵头产业园区总产值较高，牵头行业企业具有一定规模和行业影响力，主要以先进制造业、现代服务业、现代农业等行业为核心；联合体职业教育资源富集，涵盖中职、高职（含职教本科）学校，吸纳普通本科学校作为成员'),
    met('1.2', '将联合体建设情况纳入产业园区、行业企业、学校等联合体各成员单位工作考核指标体系'),
    met('1.3', '经信部门、教育部门会同其他有关部门建立密切配合的协调联动机制，明确职责分工，划定重点任务，提出时间节点'),
    met('1.4', '经费投入和其他政策支持力度较大，明确支持产教联合体的金融、财政、税费、土地、信用、就业和收入分配等激励政策的具体举措，相关政策落地实施'),
  ]),
  basic('2', '运行机制', [
    met('2.1', '成立政府、园区、企业、学校、科研机构等多方参与的理事会（董事会）'),
    met('2.2', '建立多元协同、共建共管的治理模式，达到产权明晰、组织完备、机制健全、运行高效的实体化运作要求'),
    met('2.3', '建立市域产教联合体章程、运营管理制度等，构建市域产教联合体人员聘用及评价体系、绩效考核体系、运营质量保障体系等'),
    met('2.4', '理事会（董事会）管理决策、秘书处（办公室）日常工作、各执行机构（包括分支机构）运行规范明晰'),
  ]),
  basic('3', '共建共享', [
    met('3.1', '联合体内各类主体共商建设方案、共组团队成员、共建产教资源，共同实施考核评价，积极探索高技能人才培养的新模式，广泛开展校企联合招生、联合培养、岗位成才的中国特色学徒制'),
    met('3.2', '龙头企业深度参与职业学校专业规划、人才培养标准、教材课程开发、师资队伍建设等各个环节，并取得实际成效'),
    met('3.3', '对标产业发展前沿，联合体成员单位共建产教融合实训基地和产业学院，促进教育链、人才链与产业链、创新链紧密结合'),
    met('3.4', '设置灵活的用人机制，采取固定岗与流动岗相结合的方式，聘请企业工程技术人员、高技能人才、管理人员、能工巧匠等到校全职或兼职工作'),
    met('3.5', '校企联合制订人才培养方案或职工培训方案，实现人员互相兼职，相互为学生实习实训、教师实践、学生就业创业、员工培训、企业技术和产品研发、成果转移转化等提供支持'),
  ]),
  basic('4', '人才培养', [
    met('4.1', '搭建人才供需信息平台，职业学校紧贴市场和就业形势，完善职业教育专业动态调整机制，促进专业布局与当地产业结构紧密对接'),
    met('4.2', '坚持服务学生全面发展，通过校企协作育人，积极塑造学生的价值观念、职业技能意识以及社会责任感，有效提升学生的实践能力、沟通合作能力、可持续发展能力'),
    met('4.3', '联合体各类主体深度参与职业学校专业规划、人才培养规格确定、课程开发、师资队伍建设，及时把新方法、新技术、新工艺、新标准引入教育教学实践'),
    met('4.4', '企业按岗位总量一定比例设立岗位，接受学生来企实习实训和教师岗位实践'),
    met('4.5', '支持联合体内中职、高职高专、本科学校合作分段培养或贯通培养学生，鼓励普通本科学校招收符合条件的中高职毕业生和企业一线优秀员工就读本科和专业学位研究生教育'),
  ]),
  basic('5', '服务发展', [
    met('5.1', '建设共性技术服务平台，支持联合体内职业院校、普通高校、科研机构与企业开展协同攻关，为园区企业提供技术咨询与服务，促进技术创新、工艺改进、产品升级，解决实际生产问题'),
    met('5.2', '联合体校企合作开展技术研发的成果转化率较高，合作取得一批研究成果（包括发明专利、实用新型专利等）、一批省部级奖励（包括教育教学成果、创新创业实践成果、科技创新成果等）'),
    met('5.3', '联合制订培训规划，支持联合体内院校积极承接企业员工开展岗前培训、岗位培训、继续教育等，提升企业员工的技能水平和岗位适应能力，培训效果好'),
    met('5.4', '联合体积极服务制造强国、乡村振兴、共同富裕、“一带一路”倡议、成渝地区双城经济圈等国家和区域重大发展战略，取得显著成效'),
  ]),
  basic('6', '特色创新', [
    met('6.1', '联合体在服务区域经济社会发展等方面理念先进、特色鲜明、成绩突出'),
    met('6.2', '联合体在制度建设、运行机制等方面改革创新，并取得明显成效，具有推广价值'),
    met('6.3', '联合体促进了本地区本行业职业教育发展，提升了职业教育的社会影响力，提高了产业发展水平'),
  ]),
  basic('7', '其他', [
    // 酌情扣分 (a discretionary deduction), not 否定: recorded here, weighed by the reviewers; not a veto.
    observe('7.1', '联合体近3年内在招生、就业、安全等领域发生过重大违法违规事件、造成不良社会影响的，酌情扣分', 2, [
      yesNoInput('occurred', '近3年内是否发生'),
      textInput('text', '情况说明'),
    ]),
  ]),
];

/** A yearly figure of the 推荐书: one value per year in `years`. */
function yearly(code: string, title: string, level: TemplateNode['level'], inputs: InputSpec[], years = ALL_YEARS, extra: Partial<TemplateNode> = {}): TemplateNode {
  return observe(code, title, level, inputs, { years, ...extra });
}
const count = (code: string, title: string, unit: string, level: TemplateNode['level'] = 3, years = ALL_YEARS): TemplateNode =>
  yearly(code, title, level, [figureInput('value', title, unit)], years);
const group = (code: string, title: string, level: TemplateNode['level'], children: TemplateNode[]): TemplateNode => ({ code, title, level, children });
const sharedTeachers = (code: string, title: string): TemplateNode =>
  yearly(code, title, 4, [figureInput('personTimes', '人次', '人次'), figureInput('classHours', '课时数', '课时')]);

const OVERVIEW = group('P1', '联合体概况', 1, [
  count('P1.1', '拟投入运行经费总额（万元）', '万元', 2, COMMITTED),
  yearly('P1.2', '2024年拟投入运行经费来源（万元）', 2, [
    figureInput('leadUnit', '牵头单位负担', '万元'),
    figureInput('government', '政府核拨', '万元'),
    figureInput('otherMembers', '其他成员负担', '万元'),
    figureInput('otherChannels', '其他途径', '万元'),
  ], [2024]),
]);

const CAPACITY = group('P2', '服务能力', 1, [
  group('P2.1', '资源共建共享', 2, [
    count('P2.1.1', '共建专业', '个'),
    count('P2.1.2', '共建课程', '个'),
    count('P2.1.3', '共建教材', '个'),
    count('P2.1.4', '共建实训基地', '个'),
    count('P2.1.5', '共建产业学院', '个'),
    group('P2.1.6', '师资共建共享', 3, [
      sharedTeachers('P2.1.6.1', '企业兼职教师'),
      sharedTeachers('P2.1.6.2', '校际兼职教师'),
      count('P2.1.6.3', '教师企业实践', '人月', 4),
      observe('P2.1.6.4', '教师教学团队获国家级奖励情况', 4, [textInput('text', '情况（不超过100字）', 100)]),
    ]),
  ]),
  group('P2.2', '人才培养质量', 2, [
    group('P2.2.1', '联合培养情况', 3, [
      count('P2.2.1.1', '中国特色学徒制培养', '人', 4),
      count('P2.2.1.2', '现场工程师培养', '人', 4),
      count('P2.2.1.3', '其他联合培养', '人', 4),
    ]),
    count('P2.2.2', '发布人才需求报告（个）', '个'),
    yearly('P2.2.3', '搭建人才供需信息平台，完善职业教育专业动态调整机制情况', 3, [textInput('text', '情况（不超过200字）', 200)]),
    yearly('P2.2.4', '联合体各类主体深入合作，及时把新方法、新技术、新工艺、新标准引入教育教学实践情况', 3, [textInput('text', '情况（不超过200字）', 200)]),
    count('P2.2.5', '联合体内企业设立学徒岗位占岗位总量的比例（％）', '%'),
    count('P2.2.6', '联合体内企业为学生提供实习实训量（人月）', '人月'),
    count('P2.2.7', '中高职贯通培养（人数）', '人'),
    count('P2.2.8', '中高本衔接培养（人数）', '人'),
    count('P2.2.9', '联合体内普通本科学校招收中高职毕业生和企业一线优秀员工就读本科和专业学位研究生（人数）', '人'),
    count('P2.2.10', '通过“文化素质+职业技能”考试招生学生升学比例（％）', '%'),
    count('P2.2.11', '联合体学校整体就业率（％）', '%'),
    yearly('P2.2.12', '职业院校技能大赛获奖情况', 3, [textInput('text', '情况（不超过100字）', 100)], [2023]),
  ]),
  group('P2.3', '服务发展能力', 2, [
    count('P2.3.1', '共性技术服务平台（个）', '个'),
    yearly('P2.3.2', '校企合作开展技术研发的成果转化率（％）/到账经费（万元）', 3, [
      figureInput('conversionRate', '成果转化率', '%'),
      figureInput('funds', '到账经费', '万元'),
    ]),
    count('P2.3.3', '研究成果数量（个）', '个'),
    count('P2.3.4', '技能鉴定量（人次）', '人次'),
    count('P2.3.5', '大师工作室数量（个）', '个'),
    count('P2.3.6', '面向企业员工开展培训数（人日）', '人日'),
    count('P2.3.7', '面向农民工、退役军人、下岗职工等培训数（人日）', '人日'),
  ]),
  group('P2.4', '联合体企业情况', 2, [
    count('P2.4.1', '企业职工总数（人）', '人', 3, [2023]),
    count('P2.4.2', '企业资产总额（万元）', '万元', 3, [2023]),
    count('P2.4.3', '2023年企业销售总额（万元）', '万元', 3, [2023]),
    count('P2.4.4', '2023年校企合作产生的直接经济效益（万元）', '万元', 3, [2023]),
    yearly('P2.4.5', '规模以上企业数（个）', 3, [figureInput('value', '规模以上企业数', '个')], [2023], {
      description: '规模以上工业：指年主营业务收入在2000万元及以上的工业企业。',
    }),
    yearly('P2.4.6', '限额以上企业数（个）', 3, [figureInput('value', '限额以上企业数', '个')], [2023], {
      description:
        '限额以上贸易业：①批发业(包括外贸企业)：年商品销售总额在2000万元以上；②零售业：年商品销售总额在500万元以上；③住宿业：年主营业务收入200万元以上；④餐饮业：年主营业务收入200万元以上。',
    }),
  ]),
]);

export const CONSORTIUM_INDICATORS: TemplateDefinition = {
  key: 'consortium-indicators',
  name: '市域产教联合体建设指标',
  subject: 'consortium',
  // Unscored: the seed gives no weighting.
  weights: { self: 1, group: 0 },
  years: { actual: [2023], committed: COMMITTED },
  nodes: [...BASIC_INDICATORS.map((n) => classify(n, 'basic', 'mandatory')), classify(OVERVIEW, undefined, 'mandatory'), classify(CAPACITY, undefined, 'mandatory')],
};
