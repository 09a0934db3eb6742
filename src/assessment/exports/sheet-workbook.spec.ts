import { Workbook, type Worksheet } from 'exceljs';
import { COOP_SHEET, COOP_TEMPLATE, PLATFORM_TITLE, SELF_CHECK_SHEET, SELF_CHECK_TEMPLATE } from './export-fixtures';
import { recomputeAll } from './formula-check';
import { sheetWorkbook } from './sheet-workbook';

async function read(buffer: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

function sheet(workbook: Workbook, name: string): Worksheet {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`no ${name} sheet`);
  return ws;
}

const values = (ws: Worksheet, addresses: string[]) => addresses.map((a) => ws.getCell(a).value);

describe('sheetWorkbook — a coop-2023 sheet with three assessors', () => {
  let workbook: Workbook;
  let ws: Worksheet;
  beforeAll(async () => {
    workbook = await read(await sheetWorkbook(COOP_SHEET, COOP_TEMPLATE));
    ws = sheet(workbook, '考核表');
  });

  it('has the title and a two-row Chinese header with one column per assessor, then 平均', () => {
    expect(ws.getCell('A1').value).toBe('经济管理学院 2026年度考核表（校企合作考核评价指标体系，coop-2023 v1）');
    expect(values(ws, ['A2', 'B2', 'C2', 'D2', 'E2', 'F2', 'G2', 'H2', 'I2', 'J2', 'K2', 'O2'])).toEqual([
      '指标编码', '一级指标', '二级指标', '三级指标', '分值', '属性', '当年数值', '自选', '系统建议分', '自评分', '考核组评分', '说明',
    ]);
    expect(values(ws, ['K3', 'L3', 'M3', 'N3'])).toEqual(['王明', '李华', '赵强', '平均']);
    expect(ws.getCell('N2').master.address).toBe('K2');
    expect(ws.getCell('A3').master.address).toBe('A2');
  });

  it('lists groups and leaves in tree order, each title in its level column', () => {
    expect(values(ws, ['A4', 'A5', 'A6', 'A7', 'A8', 'A9', 'A10'])).toEqual(['A', 'A1', 'A3', 'C', 'C5', 'CO', 'C4']);
    expect(values(ws, ['B4', 'C5', 'C6', 'B7', 'C8', 'C9', 'D10'])).toEqual([
      '院系校企合作组织领导', '有校企合作工作负责人', '工作开展情况上报', '校企合作成效', '学生跟（顶）岗实习', '订单培养', '订单班级与学生人数',
    ]);
  });

  it('fills leaf rows with points, nature, figures, proposal, self and assessor scores', () => {
    expect(values(ws, ['E5', 'F5', 'G5', 'H5', 'I5', 'J5', 'K5', 'L5', 'M5'])).toEqual([3, '定性', '正副职均有', '必选', 3, 3, 3, 2, 1]);
    expect(ws.getCell('G8').value).toBe('本地实习人数：70；实习总人数：100');
    expect(ws.getCell('G10').value).toBe('35、20');
    expect(ws.getCell('M6').value).toBeNull();
    expect(ws.getCell('O6').value).toBe('10月月报因系统故障未按时提交');
  });

  it('averages each leaf over its assessors with a formula', () => {
    expect(ws.getCell('N5').value).toEqual({ formula: 'AVERAGE(K5:M5)', result: 2 });
    expect(ws.getCell('N6').value).toEqual({ formula: 'AVERAGE(K6:M6)', result: 8.5 });
  });

  it('sums group rows over their leaves, column by column', () => {
    expect(values(ws, ['J4', 'K4', 'L4', 'M4', 'N4'])).toEqual([
      { formula: 'SUM(J5:J6)', result: 11 },
      { formula: 'SUM(K5:K6)', result: 11 },
      { formula: 'SUM(L5:L6)', result: 11 },
      { formula: 'SUM(M5:M6)', result: 1 },
      { formula: 'SUM(N5:N6)', result: 10.5 },
    ]);
    // C's leaves are not adjacent: C5 (row 8) and C4 under 订单培养 (row 10).
    expect(values(ws, ['J7', 'K7', 'L7', 'N7', 'J9'])).toEqual([
      { formula: 'SUM(J8,J10)', result: 32 },
      { formula: 'SUM(K8,K10)', result: 31 },
      { formula: 'SUM(L8,L10)', result: 28 },
      { formula: 'SUM(N8,N10)', result: 29.5 },
      { formula: 'SUM(J10)', result: 10 },
    ]);
    expect(ws.getCell('M7').formula).toBe('SUM(M8,M10)');
  });

  it('ends with the totals: assessor totals, S1, S2 over complete assessors only, the weighted final, the verdict', () => {
    expect(ws.getCell('A11').value).toBe('考核组成员合计');
    expect(values(ws, ['K11', 'L11', 'M11'])).toEqual([
      { formula: 'SUM(K4,K7)', result: 42 },
      { formula: 'SUM(L4,L7)', result: 39 },
      { formula: 'SUM(M4,M7)', result: 1 },
    ]);
    expect(ws.getCell('A12').value).toBe('院系自评得分 S1（必选指标与自选指标自评分之和）');
    expect(ws.getCell('J12').value).toEqual({ formula: 'SUM(J4,J7)', result: 43 });
    // 赵强 scored A1 only: his total does not count toward S2.
    expect(ws.getCell('J13').value).toEqual({ formula: 'AVERAGE(K11,L11)', result: 40.5 });
    expect(ws.getCell('A14').value).toBe('综合得分（S1 × 0.4 + S2 × 0.6）');
    expect(ws.getCell('J14').value).toEqual({ formula: 'ROUND(0.4*J12+0.6*J13,2)', result: 41.5 });
    expect(ws.getCell('J15').value).toBe('合格');
  });

  it('recomputes every formula to its cached value', () => {
    const all = recomputeAll(ws);
    // 4 leaf means, 3 groups × 5 score columns, 3 assessor totals, S1, S2, final.
    expect(all.length).toBe(25);
    expect(all.filter((f) => f.computed !== f.cached)).toEqual([]);
  });

  it('(the recomputation notices a cell that disagrees with a cached result)', async () => {
    const tampered = sheet(await read(await sheetWorkbook(COOP_SHEET, COOP_TEMPLATE)), '考核表');
    tampered.getCell('L8').value = 15;
    const wrong = recomputeAll(tampered).filter((f) => f.computed !== f.cached);
    expect(wrong.map((f) => f.address)).toEqual(['L7', 'N7', 'N8', 'L11', 'J13', 'J14']);
  });

  it('formats scores with two decimals', () => {
    for (const a of ['I5', 'J5', 'K5', 'N5', 'J4', 'N4', 'K11', 'J12', 'J13', 'J14']) expect([a, ws.getCell(a).numFmt]).toEqual([a, '0.00']);
  });

  it('is print-ready: A4 landscape, one page wide, title and both header rows repeated, page numbers, frozen panes', () => {
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:3', printArea: 'A1:O15' });
    expect(ws.headerFooter.oddFooter).toBe('&C第 &P 页，共 &N 页');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 3 });
    expect(ws.getColumn(4).width).toBe(46);
  });

  it('lists the proposals’ evidence on 计算依据 with Chinese kinds and statuses', () => {
    const evidence = sheet(workbook, '计算依据');
    expect(values(evidence, ['A2', 'B2', 'C2', 'D2', 'E2', 'F2'])).toEqual(['指标编码', '指标', '系统建议分', '依据类型', '依据', '状态']);
    const rows = [3, 4, 5, 6, 7, 8].map((r) => values(evidence, [`A${r}`, `C${r}`, `D${r}`, `E${r}`, `F${r}`]));
    expect(rows).toEqual([
      ['A1', 3, '', '（无计算依据）', ''],
      ['A3', 8, '月份', '2025年9月', '按时上报'],
      ['A3', 8, '月份', '2025年10月', '未上报'],
      ['A3', 8, '月份', '2025年11月', '逾期上报'],
      ['C5', 22, '', '（无计算依据）', ''],
      ['C4', 10, '合作协议', '杭州跨境电商订单班协议', '学期自查'],
    ]);
    expect(evidence.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: '1:2', printArea: 'A1:F8' });
  });
});

describe('sheetWorkbook — a self-check sheet (minOptional) without assessors', () => {
  let ws: Worksheet;
  beforeAll(async () => {
    ws = sheet(await read(await sheetWorkbook(SELF_CHECK_SHEET, SELF_CHECK_TEMPLATE)), '考核表');
  });

  it('has a single 平均 column under 考核组评分 and 说明 after it', () => {
    expect(values(ws, ['K2', 'K3', 'L2'])).toEqual(['考核组评分', '平均', '说明']);
  });

  it('marks mandatory and selected indicators and writes figures as numbers with their unit', () => {
    expect(values(ws, ['H6', 'H15', 'H16'])).toEqual(['必选', '', '√']);
    expect(ws.getCell('D9').value).toBe(PLATFORM_TITLE);
    expect(ws.getCell('G9').value).toBe(2);
    expect(ws.getCell('G9').numFmt).toBe('General"个"');
  });

  it('leaves an unselected optional indicator out of its groups and of S1', () => {
    expect(ws.getCell('J15').value).toBe(3);
    expect(ws.getCell('L15').value).toBe('未自选，不计入总分');
    expect(ws.getCell('J14').value).toEqual({ formula: 'SUM(J16)', result: 5 });
    expect(ws.getCell('J13').value).toEqual({ formula: 'SUM(J16)', result: 5 });
    expect(ws.getCell('J18').value).toEqual({ formula: 'SUM(J4,J7,J10,J13)', result: 19 });
  });

  it('has no S2 formula without assessors and a final with the template weights (1 and 0)', () => {
    expect(ws.getCell('J19').value).toBeNull();
    expect(ws.getCell('J20').value).toEqual({ formula: 'ROUND(1*J18+0*J19,2)', result: 19 });
    expect(recomputeAll(ws).filter((f) => f.computed !== f.cached)).toEqual([]);
    expect(ws.pageSetup.printArea).toBe('A1:L21');
  });
});
