import { Workbook, type Worksheet } from 'exceljs';
import { RESULTS, RESULTS_WITH_THIRD } from './export-fixtures';
import { rankingWorkbook } from './ranking-workbook';

async function read(buffer: Buffer): Promise<Worksheet> {
  const workbook = new Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const ws = workbook.getWorksheet('考核结果');
  if (!ws) throw new Error('no 考核结果 sheet');
  return ws;
}

describe('rankingWorkbook', () => {
  let ws: Worksheet;
  beforeAll(async () => {
    ws = await read(await rankingWorkbook(RESULTS));
  });

  it('has the title and the Chinese header', () => {
    expect(ws.getCell('A1').value).toBe('2026年度校企合作考核结果（coop-2023 v1）');
    expect(ws.getCell('A1').isMerged && ws.getCell('G1').master.address).toBe('A1');
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => ws.getRow(2).getCell(c).value)).toEqual(['序号', '二级学院', '院系自评 S1', '考核组评分 S2', '综合得分', '排名', '考核结论']);
  });

  it('writes one row per college with S1 and S2 as values', () => {
    expect([3, 4, 5].map((r) => [ws.getCell(`A${r}`).value, ws.getCell(`B${r}`).value, ws.getCell(`C${r}`).value, ws.getCell(`D${r}`).value])).toEqual([
      [1, '信息工程学院', 88, 85],
      [2, '经济管理学院', 85, 87],
      [3, '旅游学院', 90, null],
    ]);
    expect(ws.getCell('G3').value).toBe('优秀');
  });

  it('computes the final and the rank with formulas, caching the service values (a tie ranks 1, 1)', () => {
    expect(ws.getCell('E3').value).toEqual({ formula: 'ROUND(0.4*C3+0.6*D3,2)', result: 86.2 });
    expect(ws.getCell('E4').value).toEqual({ formula: 'ROUND(0.4*C4+0.6*D4,2)', result: 86.2 });
    expect(ws.getCell('F3').value).toEqual({ formula: 'RANK(E3,E$3:E$5)', result: 1 });
    expect(ws.getCell('F4').value).toEqual({ formula: 'RANK(E4,E$3:E$5)', result: 1 });
  });

  it('leaves S2, the final and the rank empty for a college without a group score', () => {
    expect(ws.getCell('D5').value).toBeNull();
    expect(ws.getCell('E5').value).toBeNull();
    expect(ws.getCell('F5').value).toBeNull();
    expect(ws.getCell('G5').value).toBe('');
  });

  it('formats scores with two decimals and ranks as integers', () => {
    for (const address of ['C3', 'D3', 'E3', 'C5', 'E5']) expect(ws.getCell(address).numFmt).toBe('0.00');
    expect(ws.getCell('F3').numFmt).toBe('0');
  });

  it('is print-ready: A4 landscape, one page wide, title and header repeated, page numbers, frozen header', () => {
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:2', printArea: 'A1:G6' });
    expect(ws.headerFooter.oddFooter).toBe('&C第 &P 页，共 &N 页');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.getColumn(2).width).toBe(28);
    expect(String(ws.getCell('A6').value)).toContain('院系自评 S1 × 0.4 + 考核组评分 S2 × 0.6');
  });

  it('ranks a third college 3 after a tie, over the whole data range', async () => {
    const four = await read(await rankingWorkbook(RESULTS_WITH_THIRD));
    expect(four.getCell('E5').value).toEqual({ formula: 'ROUND(0.4*C5+0.6*D5,2)', result: 81.2 });
    expect([3, 4, 5].map((r) => four.getCell(`F${r}`).value)).toEqual([
      { formula: 'RANK(E3,E$3:E$6)', result: 1 },
      { formula: 'RANK(E4,E$3:E$6)', result: 1 },
      { formula: 'RANK(E5,E$3:E$6)', result: 3 },
    ]);
    expect(four.getCell('F6').value).toBeNull();
  });

  it('writes the template weights into the formula', async () => {
    const weighted = await read(await rankingWorkbook({ ...RESULTS, weights: { self: 0.3, group: 0.7 }, rows: [{ ...RESULTS.rows[0], final: 85.9 }] }));
    expect(weighted.getCell('E3').value).toEqual({ formula: 'ROUND(0.3*C3+0.7*D3,2)', result: 85.9 });
    expect(weighted.getCell('F3').value).toEqual({ formula: 'RANK(E3,E$3:E$3)', result: 1 });
  });
});
