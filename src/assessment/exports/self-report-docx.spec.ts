import JSZip from 'jszip';
import { BASES_TITLE, COOP_SHEET, COOP_TEMPLATE, PLAN_TITLE, PLATFORM_TITLE, SELF_CHECK_SHEET, SELF_CHECK_TEMPLATE } from './export-fixtures';
import { selfReportDocx } from './self-report-docx';

/** The seed's headings (seeds/000), in its order: the report must show each of them, in this order. */
const SEED_HEADINGS = [
  '一、指标自查表',
  '二、自评报告',
  '1.机制与制度建设',
  '1.1计划与总结执行情况',
  '1.2组织与运行情况',
  '1.3机制制度建设情况',
  '2.合作单位与平台拓展',
  '2.1校企合作单位管理',
  '2.2校企合作平台建设',
  '3.实践教学基地建设',
  '3.1实训基地分层分类建设',
  '3.2师资基地建设',
  '4.实习管理',
  '4.1过程管理与材料归档',
  '5.数量指标（自选）（下表可仅填写自选指标）',
  '5.1牵头或参与职教集团或产教联盟',
  '5.2牵头或参与专业联盟',
  '5.3产业学院',
  '5.4建成产教融合型实训基地',
  '5.5产学合作协同育人项目',
  '5.6现代学徒制试点专业',
  '5.7产教融合型合作企业',
  '5.8引入行业企业投入值',
  '6.质量指标（自选）',
  '6.1省级以上实训基地',
  '6.2省级以上产学合作协同育人项目',
  '6.3省级及以上现代学徒制试点专业',
  '6.4助推省级以上产教融合型企业',
  '6.5校企协同育人培养人才比例',
  '6.6学徒制培养学生比例',
  '6.7国家级校企合作双元教材',
  '7.效益指标（自选）',
  '7.1形成可推广的“经贸—钱塘区”区校合作模式',
  '7.2省级以上产教融合、校企合作典型案例',
  '7.3产教融合、校企合作媒体报道',
  '7.4形成可推广的校企合作机制',
  '7.5现代职业教育体系建设改革重点任务',
  '8.特色亮点',
  '9.存在问题与解决措施',
];

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const textOf = (xml: string) => decode([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));

interface Paragraph {
  style: string | null;
  text: string;
}

function paragraphs(xml: string): Paragraph[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({ style: /<w:pStyle w:val="([^"]+)"/.exec(m[0])?.[1] ?? null, text: textOf(m[0]) }));
}

/** Each table row as its cells' texts. */
function tableRows(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) => [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => textOf(c[0])));
}

async function documentXml(buffer: Buffer): Promise<{ document: string; zip: JSZip }> {
  const zip = await JSZip.loadAsync(buffer);
  const file = zip.file('word/document.xml');
  if (!file) throw new Error('no word/document.xml');
  return { document: await file.async('string'), zip };
}

describe('selfReportDocx — a self-check sheet', () => {
  let xml: string;
  let zip: JSZip;
  beforeAll(async () => {
    ({ document: xml, zip } = await documentXml(await selfReportDocx(SELF_CHECK_SHEET, SELF_CHECK_TEMPLATE, { name: '经济管理学院', year: 2026, author: '张老师' })));
  });

  it('starts with the title and the author', () => {
    const [title, subtitle, author] = paragraphs(xml);
    expect(title).toEqual({ style: 'Title', text: '经济管理学院2026年度校企合作自评报告' });
    expect(subtitle.text).toBe('（校企合作指标自查表　self-check-table v1）');
    expect(author.text).toBe('填报人：张老师');
  });

  it('has every section heading of the seed, as a heading, in the seed’s order', () => {
    const headings = paragraphs(xml).filter((p) => p.style !== null && /^Heading\d$/.test(p.style)).map((p) => p.text);
    expect(headings).toEqual(SEED_HEADINGS);
  });

  it('fills the 指标自查表 with the seed’s columns, one row per indicator, merged group cells and the self scores', () => {
    const rows = tableRows(xml);
    expect(rows[0]).toEqual(['指标类型', '一级指标', '二级指标', '三级指标', '分值', '属性', '当年数值', '自选指标请打√', '自评分（只填必选和自选）']);
    expect(rows[1]).toEqual(['基础指标', '机制与制度建设（5分）', '计划与总结执行情况', PLAN_TITLE, '5', '定性', '—', '必选', '5']);
    // 基础指标 spans three level-1 groups: the rows below continue its merged cell (empty, vMerge continue).
    expect(rows[2]).toEqual(['', '合作单位与平台拓展（5分）', '校企合作平台建设', PLATFORM_TITLE, '5', '定量', '2个', '必选', '4']);
    expect(rows[3]).toEqual(['', '实践教学基地建设（5分）', '实训基地分层分类建设', BASES_TITLE, '5', '定量', '2个', '必选', '5']);
    // An unselected optional indicator shows its figure but no √ and no score.
    expect(rows[4]).toEqual(['校企合作成效指标', '产出指标', '数量指标', '牵头专业联盟（个）', '5', '定性加定量', '1个', '', '']);
    expect(rows[5]).toEqual(['', '', '', '产业学院（个）', '5', '定量', '1个', '√', '5']);
    expect(rows[6]).toEqual(['自评总分（必选指标与自选指标自评分之和）', '19']);
    expect(xml.match(/<w:vMerge w:val="restart"\/>/g)?.length).toBe(4);
    expect(xml.match(/<w:vMerge w:val="continue"\/>/g)?.length).toBe(5);
  });

  it('says how many indicators are mandatory and selected, and whether the figures are in', () => {
    expect(paragraphs(xml).map((p) => p.text)).toContain('注：必选指标 3 项；自选指标 1 项（应不少于 1 项）；定量指标已填报当年数值 3 项，应填报 3 项。');
  });

  it('fills the qualitative sections with the college’s note and the self score, and marks missing accounts 待填写', () => {
    const texts = paragraphs(xml).map((p) => p.text);
    const at = texts.indexOf('1.1计划与总结执行情况');
    expect(texts.slice(at + 1, at + 6)).toEqual([
      '指标执行情况及成效：',
      '已将校企合作纳入学院2026年度工作计划，按月推进并形成年度总结。',
      '定性：',
      PLAN_TITLE,
      '自评分：5 分（满分 5 分）',
    ]);
    const organisation = texts.indexOf('1.2组织与运行情况');
    expect(texts.slice(organisation + 1, organisation + 3)).toEqual(['指标执行情况及成效：', '【待填写】']);
  });

  it('fills evidence tables from the computed proposals’ evidence, and keeps the seed’s blank rows where there is none', () => {
    const rows = tableRows(xml);
    const bases = rows.findIndex((r) => r[0] === '序号' && r[1] === '校外实训基地名称');
    expect(rows.slice(bases, bases + 3)).toEqual([
      ['序号', '校外实训基地名称'],
      ['1', '杭州华信科技有限公司'],
      ['2', '浙江钱塘物流集团'],
    ]);
    const college = rows.findIndex((r) => r.join('|') === '序号|名称|成立时间|合作单位');
    expect(rows[college + 1]).toEqual(['1', '数字贸易产业学院共建协议', '', '']);
    const platforms = rows.findIndex((r) => r.join('|') === '序号|平台名称|类型|主要内容');
    expect(rows.slice(platforms + 1, platforms + 3)).toEqual([
      ['1', '', '', ''],
      ['2', '', '', ''],
    ]);
    const texts = paragraphs(xml).map((p) => p.text);
    expect(texts).toContain('系统中暂无该表数据，请学院据实填写。【待填写】');
    expect(texts).toContain('名称由系统依据合作记录列出，成立时间、合作单位栏【待填写】');
    expect(texts).toContain('（当年数值：2个；自评分：4 分（满分 5 分））');
  });

  it('keeps 特色亮点 and 存在问题 as the seed’s prompts, marked 待填写', () => {
    const rows = tableRows(xml);
    expect(rows).toContainEqual(['本学年校企合作工作中的特色亮点']);
    expect(rows).toContainEqual(['学院在本学年开展校企合作工作中的特色亮点，如建设产业（特色）学院等。【待填写】']);
    expect(rows).toContainEqual(['在产教融合、校企合作方面问题和采取的有效措施【待填写】']);
  });

  it('is A4 (the table landscape, the report portrait) in 仿宋 with 宋体 tables and page numbers', async () => {
    const pages = [...xml.matchAll(/<w:pgSz ([^>]*)\/>/g)].map((m) => m[1]);
    expect(pages).toEqual([expect.stringMatching(/w:w="16838" w:h="11906" w:orient="landscape"/), expect.stringMatching(/w:w="11906" w:h="16838" w:orient="portrait"/)]);
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toMatch(/w:eastAsia="仿宋"/);
    expect(styles).toMatch(/w:eastAsia="黑体"/);
    expect(xml).toMatch(/w:eastAsia="宋体"/);
    const footers = Object.keys(zip.files).filter((name) => /^word\/footer\d+\.xml$/.test(name));
    expect(footers.length).toBe(2);
    expect(await zip.file(footers[0])!.async('string')).toMatch(/PAGE/);
  });
});

describe('selfReportDocx — a coop-2023 sheet (indicators outside the seed’s report)', () => {
  it('still follows the seed’s sections, lists the sheet’s indicators and all three totals', async () => {
    const { document } = await documentXml(await selfReportDocx(COOP_SHEET, COOP_TEMPLATE, { name: '经济管理学院', year: 2026 }));
    const rows = tableRows(document);
    // coop-2023 has no 指标类型 and no 二级 group above A1: those columns stay empty.
    expect(rows.slice(1, 5)).toEqual([
      ['', '院系校企合作组织领导', '', '有校企合作工作负责人', '3', '定性', '正副职均有', '必选', '3'],
      ['', '', '', '工作开展情况上报', '10', '定量', '', '必选', '8'],
      ['', '校企合作成效', '', '学生跟（顶）岗实习', '20', '定量', '本地实习人数：70；实习总人数：100', '必选', '22'],
      ['', '', '订单培养', '订单班级与学生人数', '10', '定量', '35、20', '必选', '10'],
    ]);
    expect(rows).toContainEqual(['自评总分（必选指标与自选指标自评分之和）', '43']);
    expect(rows).toContainEqual(['考核组评分', '40.5']);
    expect(rows).toContainEqual(['综合得分（自评分 × 0.4 + 考核组评分 × 0.6）', '41.5']);
    const headings = paragraphs(document).filter((p) => p.style !== null && /^Heading\d$/.test(p.style)).map((p) => p.text);
    expect(headings).toEqual(SEED_HEADINGS);
  });
});
