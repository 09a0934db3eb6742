import { compareCommitments, FigureRecord } from './consortium-figures';
import { CONSORTIUM_INDICATORS } from './templates';

const f = (code: string, year: number, value: number, input?: string): FigureRecord => ({ code, year, value, ...(input ? { input } : {}) });

describe('compareCommitments (seeds/004: later actuals against the 2024–2026 commitments)', () => {
  const committed = [
    f('P2.1.1', 2024, 5), // 共建专业（个）
    f('P2.1.1', 2025, 8),
    f('P2.2.5', 2024, 12.5), // 学徒岗位比例（％）
    f('P2.1.6.1', 2024, 40, 'personTimes'),
    f('P2.1.6.1', 2024, 600, 'classHours'),
    f('P1.1', 2024, 300.1), // 拟投入运行经费总额（万元）
    f('P2.3.1', 2024, 2),
  ];

  it('lists each shortfall per indicator, input and year, exactly', () => {
    const actual = [
      f('P2.1.1', 2023, 2), // the 2023 actual has no commitment to meet
      f('P2.1.1', 2024, 3),
      f('P2.2.5', 2024, 10.25),
      f('P2.1.6.1', 2024, 45, 'personTimes'),
      f('P2.1.6.1', 2024, 580, 'classHours'),
      f('P1.1', 2024, 299.9),
      f('P2.3.1', 2024, 3), // exceeded
    ];
    const result = compareCommitments(CONSORTIUM_INDICATORS, committed, actual, { closedThrough: 2024 });
    expect(result.shortfalls).toEqual([
      { code: 'P1.1', input: 'value', year: 2024, committed: 300.1, actual: 299.9, shortfall: 0.2 },
      { code: 'P2.1.1', input: 'value', year: 2024, committed: 5, actual: 3, shortfall: 2 },
      { code: 'P2.1.6.1', input: 'classHours', year: 2024, committed: 600, actual: 580, shortfall: 20 },
      { code: 'P2.2.5', input: 'value', year: 2024, committed: 12.5, actual: 10.25, shortfall: 2.25 },
    ]);
    expect(result.missingActuals).toEqual([]); // 2025 is not closed yet
    expect(result.unknown).toEqual([]);
  });

  it('a closed year without its actual figure is listed as missing, an open one is not', () => {
    const result = compareCommitments(CONSORTIUM_INDICATORS, committed, [f('P2.1.1', 2024, 5)], { closedThrough: 2025 });
    expect(result.shortfalls).toEqual([]);
    expect(result.missingActuals.map((m) => `${m.code}/${m.input}/${m.year}:${m.committed}`)).toEqual([
      'P1.1/value/2024:300.1',
      'P2.1.1/value/2025:8',
      'P2.1.6.1/classHours/2024:600',
      'P2.1.6.1/personTimes/2024:40',
      'P2.2.5/value/2024:12.5',
      'P2.3.1/value/2024:2',
    ]);
  });

  it('meeting or beating every commitment lists nothing', () => {
    const result = compareCommitments(CONSORTIUM_INDICATORS, committed, committed, { closedThrough: 2024 });
    expect(result).toEqual({ shortfalls: [], missingActuals: [], unknown: [] });
  });

  it('sets aside records that name no yearly figure: unknown code or input, texts, years the node does not record, 2023 commitments', () => {
    const result = compareCommitments(
      CONSORTIUM_INDICATORS,
      [f('P9', 2024, 1), f('P2.2.3', 2024, 1, 'text'), f('P2.4.1', 2024, 100), f('P2.1.1', 2023, 4), f('P2.1.1', 2024, -1)],
      [f('P2.1.1', 2024, 1, 'count')],
    );
    expect(result.unknown.map((u) => `${u.code}/${u.input ?? 'value'}/${u.year}: ${u.reason}`)).toEqual([
      'P2.1.1/count/2024: not a yearly figure of the indicator',
      'P9/value/2024: no such indicator',
      'P2.2.3/text/2024: not a yearly figure of the indicator',
      'P2.4.1/value/2024: the indicator records no figure for 2024',
      'P2.1.1/value/2023: 2023 is not a committed year',
      'P2.1.1/value/2024: not a figure ≥ 0 with at most four decimals',
    ]);
    expect(result.shortfalls).toEqual([]);
  });
});
