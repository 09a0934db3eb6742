/**
 * The 自评报告 of seeds/000 as data: its sections in the seed's order, with the seed's headings, prompts and evidence
 * tables. Each section names the 指标自查表 indicators it accounts for by their seed wording (三级指标), which is how
 * the report finds them in a sheet (see `matchesIndicator`).
 */

export type ReportBlock =
  /** 指标执行情况及成效 (the college's account) followed by the 定性 standard(s) the seed quotes. */
  | { kind: 'qualitative'; standards: string[]; indicators: string[] }
  /** An evidence table: caption, the seed's columns (序号 first) and how many blank rows the seed leaves. */
  | { kind: 'table'; caption: string; columns: string[]; blankRows: number; indicator: string; note?: string }
  /** 该项数据在指标自查表填报。 — the figure is reported in the table, not here. */
  | { kind: 'figure'; indicator: string }
  /** A boxed prompt the college answers in prose (特色亮点, 存在问题). */
  | { kind: 'prompt'; caption: string; prompt: string };

export interface ReportSection {
  heading: string;
  /** 1 for `1.机制与制度建设`, 2 for `1.1计划与总结执行情况`. */
  level: 1 | 2;
  blocks: ReportBlock[];
}

export const SELF_CHECK_HEADING = '一、指标自查表';
export const REPORT_HEADING = '二、自评报告';

/** The seed's note above the 指标自查表, verbatim. */
export const SELF_CHECK_NOTE =
  '说明：1.机制与制度建设、合作单位与平台拓展、实践教学基地建设、实习管理等为校企合作成效指标，为必选指标；产出指标、效益指标等为校企合作成效指标，为自选指标，自选指标请打√，自选三级指标应不少于10个。2.自查表中定量指标须全部采集,包含必选指标和自选指标。';

export const SELF_CHECK_COLUMNS = ['指标类型', '一级指标', '二级指标', '三级指标', '分值', '属性', '当年数值', '自选指标请打√', '自评分（只填必选和自选）'];

const T = {
  plan: '校企合作工作纳入二级学院年度计划，思路清晰、目标明确、具有可操作性，符合本学院特色和实际；年度自评报告严格对标、内容详实、数据精确，问题分析透彻，有具体的诊改、提升措施',
  organisation:
    '成立由二级学院领导、专业带头人、学校发展理事会成员单位及行业企业技术管理人员等组成的专业群建设(合作)指导委员会；有具体分管校企合作工作的二级学院领导和专（兼）职工作团队；定期开展校企合作管理工作相关会议，会议纪要有具体内涵和商讨事项；校企合作单位分层走访机制落实到位',
  mechanism:
    '有二级学院层面的人才培养、岗位实习、教师挂职实践、校企合作项目、基地建设、专业群建设等校企合作管理运行及考核长效机制并实际运行，制度完善；有完整的校企合作工作规范与流程文本，并实际执行，过程材料及档案管理规范，归档目录清晰（如有新增或修改需标明）',
  ledger: '执行校企合作单位动态调整管理机制，协议管理规范，新增、淘汰、孵化的合作单位台账清晰',
  exchange: '积极组织或参与职业教育周、校企开放日、企业文化进校园等校企类合作交流活动，成效显著，在一定范围内具有影响力和辐射效应',
  platform: '注重拓展与知名企业、行业龙头企业的全方位合作，共同搭建研究、创新、实践平台，合作单位包含行业协会、科研院所、产业园区、特色小镇等',
  crossPlatforms:
    '跨专业、跨学院校企合作平台或载体数量（个），如专业联盟、学校-钱塘区区校合作基地（中心）、产业（特色）学院、园区、协同创新中心、产教共同体、科研机构、产教融合示范基地、文化传承合作平台等',
  bases:
    '执行校外实训基地分层分类建设，有严格的实训基地考察、孵化程序，落实基地动态调整机制；紧密型基地实地走访全覆盖：统筹规划校企共建校内外实训基地，基地布点合理、功能明确，能满足学生实训实习需要，特别是半年以上岗位实习的需要',
  internship:
    '严格执行实习管理有关规定，实习单位考察程序到位，组织实习招聘会、实习动员及安全教育等工作；注重实习过程管理，归档规范，严格落实管理平台各环节，有专业教师定期检查和兼职教师指导；实习月报、实习管理工作总结、实习巡访机制落实到位。',
  districtModel: '形成可推广的“经贸—钱塘区”区校合作模式（如钱塘数字化财税金融协作中心、钱塘区食品安全公共服务平台等区校合作项目）',
  mechanismModel:
    '形成可推广的校企合作机制（如产业学院运行制度、专业群企合作评价体系、二级学院校企合作运行机制、校外实训基地运行机制、双师工作室标准、校企协同学生实习模式等）',
  keyTasks:
    '市域产教联合体、行业产教融合共同体、开放型区域产教融合实践中心、职教教育示范性虚拟仿真实训基地、职业教育校企合作典型性生产实践项目、职业教育专业教学资源库等11项现代职业教育体系建设改革重点任务参与建设情况（截止2023年11月）',
};

const qualitative = (standard: string, indicator = standard): ReportBlock => ({ kind: 'qualitative', standards: [standard], indicators: [indicator] });
const LEVEL = '级别（国家级、省级、校级、院级）';
const ALLIANCE = ['序号', '名称', '牵头或参与', '主要合作成效'];

export const REPORT_SECTIONS: ReportSection[] = [
  { heading: '1.机制与制度建设', level: 1, blocks: [] },
  { heading: '1.1计划与总结执行情况', level: 2, blocks: [qualitative(T.plan)] },
  { heading: '1.2组织与运行情况', level: 2, blocks: [qualitative(T.organisation)] },
  { heading: '1.3机制制度建设情况', level: 2, blocks: [qualitative(T.mechanism)] },
  { heading: '2.合作单位与平台拓展', level: 1, blocks: [] },
  { heading: '2.1校企合作单位管理', level: 2, blocks: [{ kind: 'qualitative', standards: [`1.${T.ledger}。`, `2.${T.exchange}`], indicators: [T.ledger, T.exchange] }] },
  {
    heading: '2.2校企合作平台建设',
    level: 2,
    blocks: [
      qualitative(T.platform),
      { kind: 'table', caption: '跨专业、跨学院校企合作平台或载体', columns: ['序号', '平台名称', '类型', '主要内容'], blankRows: 2, indicator: T.crossPlatforms, note: `注：${T.crossPlatforms}` },
    ],
  },
  { heading: '3.实践教学基地建设', level: 1, blocks: [] },
  {
    heading: '3.1实训基地分层分类建设',
    level: 2,
    blocks: [
      qualitative(T.bases),
      { kind: 'table', caption: '学院三年以上紧密型校外实训基地一览表', columns: ['序号', '校外实训基地名称'], blankRows: 3, indicator: '三年以上紧密型校外实训基地数量（个）' },
      { kind: 'table', caption: '学院校企共建校内实训基地（含生产性）', columns: ['序号', '基地名称', '合作单位'], blankRows: 3, indicator: '校企共建校内实训基地（含生产性）数量（个）' },
    ],
  },
  {
    heading: '3.2师资基地建设',
    level: 2,
    blocks: [
      { kind: 'table', caption: '学院校企共建“双师型”教师培养培训基地、教师企业实践基地', columns: ['序号', '基地名称'], blankRows: 3, indicator: '校企共建“双师型”教师培养培训基地、教师企业实践基地数量（个）' },
      { kind: 'table', caption: '学院技能大师工作室一览表', columns: ['序号', '名称', '合作对象'], blankRows: 3, indicator: '技能大师工作室数量（含企业专家工作室、双师工作室等）（个）' },
    ],
  },
  { heading: '4.实习管理', level: 1, blocks: [] },
  { heading: '4.1过程管理与材料归档', level: 2, blocks: [qualitative(T.internship)] },
  { heading: '5.数量指标（自选）（下表可仅填写自选指标）', level: 1, blocks: [] },
  { heading: '5.1牵头或参与职教集团或产教联盟', level: 2, blocks: [{ kind: 'table', caption: '', columns: ALLIANCE, blankRows: 2, indicator: '参与职教集团或产教联盟（个）' }] },
  { heading: '5.2牵头或参与专业联盟', level: 2, blocks: [{ kind: 'table', caption: '', columns: ALLIANCE, blankRows: 2, indicator: '牵头专业联盟（个）' }] },
  { heading: '5.3产业学院', level: 2, blocks: [{ kind: 'table', caption: '', columns: ['序号', '名称', '成立时间', '合作单位'], blankRows: 2, indicator: '产业学院（个）' }] },
  { heading: '5.4建成产教融合型实训基地', level: 2, blocks: [{ kind: 'table', caption: '', columns: ['序号', '名称', LEVEL, '合作单位'], blankRows: 2, indicator: '建成产教融合型实训基地（家）' }] },
  { heading: '5.5产学合作协同育人项目', level: 2, blocks: [{ kind: 'table', caption: '', columns: ['序号', '名称', LEVEL, '合作单位'], blankRows: 2, indicator: '产学合作协同育人项目（项）' }] },
  { heading: '5.6现代学徒制试点专业', level: 2, blocks: [{ kind: 'figure', indicator: '现代学徒制试点专业（个）' }] },
  {
    heading: '5.7产教融合型合作企业',
    level: 2,
    blocks: [
      {
        kind: 'table',
        caption: '',
        columns: ['序号', '名称', '类型'],
        blankRows: 3,
        indicator: '产教融合型合作企业（家）',
        note: '注：企业类型包括国家级产教融合型企业，省级产教融合型试点企业，中央企业，省级重点企业，国有大中型企业，优质民营企业，国家新型工业化产业示范基地，国家制造业创新中心，制造业单项冠军企业，产业链领航企业，专精特新企业，国家技术创新示范企业等。',
      },
    ],
  },
  { heading: '5.8引入行业企业投入值', level: 2, blocks: [{ kind: 'figure', indicator: '引入行业企业投入值（亿元）（2022年1月-2023年11月）' }] },
  { heading: '6.质量指标（自选）', level: 1, blocks: [] },
  { heading: '6.1省级以上实训基地', level: 2, blocks: [{ kind: 'figure', indicator: '省级以上实训基地（个）（包括省级生产性实训基地、产教融合示范基地、示范性实训基地、实习实训基地等）' }] },
  { heading: '6.2省级以上产学合作协同育人项目', level: 2, blocks: [{ kind: 'figure', indicator: '省级以上产学合作协同育人项目（个）' }] },
  { heading: '6.3省级及以上现代学徒制试点专业', level: 2, blocks: [{ kind: 'figure', indicator: '省级及以上现代学徒制试点专业（个）' }] },
  { heading: '6.4助推省级以上产教融合型企业', level: 2, blocks: [{ kind: 'table', caption: '', columns: ['序号', '名称', '立项文件'], blankRows: 2, indicator: '助推省级以上产教融合型企业（家）' }] },
  { heading: '6.5校企协同育人培养人才比例', level: 2, blocks: [{ kind: 'figure', indicator: '校企协同育人培养人才比例（%）' }] },
  { heading: '6.6学徒制培养学生比例', level: 2, blocks: [{ kind: 'figure', indicator: '学徒制培养学生比例（%）' }] },
  { heading: '6.7国家级校企合作双元教材', level: 2, blocks: [{ kind: 'figure', indicator: '国家级校企合作双元教材（个）' }] },
  { heading: '7.效益指标（自选）', level: 1, blocks: [] },
  { heading: '7.1形成可推广的“经贸—钱塘区”区校合作模式', level: 2, blocks: [qualitative(T.districtModel)] },
  {
    heading: '7.2省级以上产教融合、校企合作典型案例',
    level: 2,
    blocks: [{ kind: 'table', caption: '', columns: ['序号', '案例名称', '级别', '立项文件'], blankRows: 2, indicator: '省级以上产教融合、校企合作典型案例（个）（截止2023年11月）' }],
  },
  {
    heading: '7.3产教融合、校企合作媒体报道',
    level: 2,
    blocks: [{ kind: 'table', caption: '', columns: ['序号', '标题', '报道媒体', '报道时间', '网址链接'], blankRows: 2, indicator: '产教融合、校企合作媒体报道（篇）（截止2023年11月）' }],
  },
  { heading: '7.4形成可推广的校企合作机制', level: 2, blocks: [qualitative(T.mechanismModel)] },
  // The seed repeats 7.4's standard under 7.5 (a copy slip); the report quotes 7.5's own indicator from the 自查表.
  { heading: '7.5现代职业教育体系建设改革重点任务', level: 2, blocks: [qualitative(T.keyTasks)] },
  { heading: '8.特色亮点', level: 1, blocks: [{ kind: 'prompt', caption: '本学年校企合作工作中的特色亮点', prompt: '学院在本学年开展校企合作工作中的特色亮点，如建设产业（特色）学院等。' }] },
  { heading: '9.存在问题与解决措施', level: 1, blocks: [{ kind: 'prompt', caption: '学院校企合作工作存在的问题与解决措施', prompt: '在产教融合、校企合作方面问题和采取的有效措施' }] },
];

/** Titles compared without spaces, with half-width brackets made full-width and a final 。 dropped. */
export function normalizeTitle(title: string): string {
  return title.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）').replace(/。$/, '');
}

/**
 * Whether a sheet item is the seed indicator `indicator`: equal after normalising, or one is the other's beginning (a
 * template may shorten the seed's long wording, e.g. drop the `，如…` examples). Beginnings, not substrings, so
 * 现代学徒制试点专业 does not match 省级及以上现代学徒制试点专业.
 */
export function matchesIndicator(itemTitle: string, indicator: string): boolean {
  const [a, b] = [normalizeTitle(itemTitle), normalizeTitle(indicator)];
  return a.length > 0 && (a.startsWith(b) || b.startsWith(a));
}
