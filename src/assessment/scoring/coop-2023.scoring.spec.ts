import { nodeByCode } from '../template-lookup';
import { COOP_2023 } from '../templates';
import { scoreNode } from '.';
import type { InputValues } from './scoring.types';

/** The worked examples of ASSESSMENT.md and the ones derived from its seeds/001 table. */
const score = (code: string, inputs: InputValues) => scoreNode(nodeByCode(COOP_2023, code), inputs);
const proposal = (code: string, inputs: InputValues) => {
  const { score: s, bonus } = score(code, inputs);
  return { score: s, bonus };
};

describe('coop-2023 scoring (seeds/001 指标体系)', () => {
  describe('C5 学生跟（顶）岗实习: 60%, step 5%, +1 per full step up to +5, −1 per full step below', () => {
    it.each([
      [70, 100, 22, 2],
      [58, 100, 20, 0], // 2% below: not a full step
      [50, 100, 18, 0],
      [65, 100, 21, 1], // exactly one step: cross-multiplied, not 0.65 − 0.6 in floating point
      [60, 100, 20, 0],
      [64, 100, 20, 0],
      [55, 100, 19, 0],
      [56, 100, 20, 0],
      [100, 100, 25, 5], // 8 steps above, bonus capped at 5
      [0, 100, 8, 0], // 12 steps below
      [13, 20, 21, 1], // 65% with another whole
      [7, 10, 22, 2],
      [2, 3, 21, 1], // 66.7%
    ])('%i of %i → %i (bonus %i)', (localInterns, totalInterns, expected, bonus) => {
      expect(proposal('C5', { localInterns, totalInterns })).toEqual({ score: expected, bonus });
    });

    it('explains the steps in its evidence', () => {
      expect(score('C5', { localInterns: 70, totalInterns: 100 }).evidence).toEqual([
        { kind: 'rule', text: '70/100 = 70% against 60%, step 5%: 2 full step(s) above → +2 (cap 5)' },
      ]);
    });

    it('proposes nothing without interns, or without a figure', () => {
      expect(score('C5', { localInterns: 0, totalInterns: 0 })).toMatchObject({ score: null, missing: [] });
      expect(score('C5', { localInterns: 3 })).toMatchObject({ score: null, missing: ['totalInterns'] });
    });
  });

  describe('C6 学生就业: 20%, step 2%, bonus ≤ 3', () => {
    it.each([
      [25, 100, 12, 2],
      [20, 100, 10, 0],
      [22, 100, 11, 1],
      [19, 100, 10, 0], // 1% below: not a full 2% step
      [18, 100, 9, 0],
      [40, 100, 13, 3],
      [0, 100, 0, 0], // 10 steps below: floor 0
      [1, 4, 12, 2], // 25% with another whole
      [13, 50, 13, 3], // 26%: three steps
    ])('%i of %i → %i (bonus %i)', (localEmployed, graduates, expected, bonus) => {
      expect(proposal('C6', { localEmployed, graduates })).toEqual({ score: expected, bonus });
    });
  });

  describe('C4 订单班级与学生人数: a class ≥ 30 students 10, under 30 5, cap 10', () => {
    it.each([
      [[35, 20], 10],
      [[20], 5],
      [[29], 5],
      [[30], 10],
      [[12, 15], 10],
      [[], 0],
    ])('%j → %i', (orderClassSizes, expected) => {
      expect(proposal('C4', { orderClassSizes })).toEqual({ score: expected, bonus: 0 });
    });
  });

  describe('A3 工作开展情况上报: 10 − 1 per missed due month (computed:monthly-punctuality)', () => {
    it.each([
      [0, 10],
      [2, 8],
      [10, 0],
      [12, 0],
    ])('%i missed → %i', (missedMonths, expected) => {
      expect(proposal('A3', { missedMonths })).toEqual({ score: expected, bonus: 0 });
    });

    it('takes the figure from the computed source and lists its evidence before the arithmetic', () => {
      const computed = {
        values: { missedMonths: 2 },
        evidence: [
          { kind: 'month', ref: '2024-03', text: '2024-03 submitted on the 7th (due before the 5th)' },
          { kind: 'month', ref: '2024-05', text: '2024-05 never submitted' },
        ],
      };
      const result = scoreNode(nodeByCode(COOP_2023, 'A3'), {}, computed);
      expect(result.score).toBe(8);
      expect(result.evidence?.map((e) => e.ref ?? e.kind)).toEqual(['2024-03', '2024-05', 'rule']);
    });
  });

  describe('B1 校企合作企业数量: every major ≥ 1 partner 10; −3 per major with none; +1 per partner beyond the first in each major ≤ 5', () => {
    it.each([
      [[1, 1, 1], 10, 0],
      [[2, 3, 1], 13, 3],
      [[1, 0, 4], 10, 3], // 10 − 3 + 3
      [[8, 8], 15, 5], // 14 extra partners, bonus capped at 5
      [[0, 0, 0, 0], 0, 0], // −12: floor 0
      [[0, 0, 0, 0, 6], 5, 5], // base floors at 0, the bonus still counts
    ])('%j → %i (bonus %i)', (partnersPerMajor, expected, bonus) => {
      expect(proposal('B1', { partnersPerMajor })).toEqual({ score: expected, bonus });
    });

    it('proposes nothing for a college without majors', () => {
      expect(score('B1', { partnersPerMajor: [] })).toMatchObject({ score: null, missing: [] });
    });
  });

  describe('C1 课程开发: ≥ 2 meetings 5, 1 meeting 2, none 0; +1 per co-developed textbook ≤ 5', () => {
    it.each([
      [2, 0, 5, 0],
      [1, 0, 2, 0],
      [0, 0, 0, 0],
      [3, 2, 7, 2],
      [2, 7, 10, 5],
      [0, 2, 2, 2],
    ])('%i meetings, %i textbooks → %i (bonus %i)', (curriculumMeetings, textbooks, expected, bonus) => {
      expect(proposal('C1', { curriculumMeetings, textbooks })).toEqual({ score: expected, bonus });
    });
  });

  describe('C2 共建校内、校外实训基地: all majors have both 5; −1 per major lacking; none 0', () => {
    it.each([
      [4, 4, 5],
      [3, 4, 4],
      [1, 4, 2],
      [0, 4, 0], // 没有的该项不得分
      [1, 7, 0], // 5 − 6: floor 0
    ])('%i of %i majors → %i', (majorsWithBothBases, majors, expected) => {
      expect(proposal('C2', { majorsWithBothBases, majors })).toEqual({ score: expected, bonus: 0 });
    });
  });

  describe('C3 订单专业数量: 3 per major with an order class, 10 when every major has one (computed:order-class-majors)', () => {
    it.each([
      [3, 3, 10], // every major: full, although 3 × 3 = 9
      [2, 2, 10],
      [2, 4, 6],
      [3, 4, 9],
      [4, 5, 10], // 12 capped
      [0, 3, 0],
      [0, 0, 0], // no majors: not "every major has one"
    ])('%i of %i majors → %i', (orderClassMajors, majors, expected) => {
      expect(proposal('C3', { orderClassMajors, majors })).toEqual({ score: expected, bonus: 0 });
    });
  });

  describe('C7 师资队伍建设: ≥ 20% of teachers and ≥ 10% of courses 10; −1 per full percentage point short on each', () => {
    it.each([
      [20, 100, 10, 100, 10],
      [30, 100, 50, 100, 10],
      [15, 100, 10, 100, 5],
      [15, 100, 8, 100, 3], // 5 + 2 points short
      [39, 200, 10, 100, 10], // 19.5%: not a full point short
      [37, 200, 10, 100, 9], // 18.5%: one full point
      [0, 100, 0, 100, 0], // 20 + 10 short: floor 0
    ])('%i/%i teachers, %i/%i courses → %i', (teachersInEnterprise, teachers, engineerCourses, courses, expected) => {
      expect(proposal('C7', { teachersInEnterprise, teachers, engineerCourses, courses })).toEqual({ score: expected, bonus: 0 });
    });
  });

  describe('A1 有校企合作工作负责人 and A2 有专（兼）职工作人员: options', () => {
    it.each([
      ['head', 2],
      ['deputy', 1],
      ['both', 3],
      ['none', 0],
    ])('A1 %s → %i', (leader, expected) => expect(proposal('A1', { leader })).toEqual({ score: expected, bonus: 0 }));

    it.each([
      ['fulltime', 2],
      ['parttime', 1],
      ['none', 0],
    ])('A2 %s → %i', (staff, expected) => expect(proposal('A2', { staff })).toEqual({ score: expected, bonus: 0 }));

    it('an unknown option proposes nothing', () => {
      expect(score('A1', { leader: 'dean' })).toMatchObject({ score: null, missing: ['leader'] });
    });
  });

  describe('A4 计划、总结: 5 − 1 per missing plan or summary', () => {
    const all = { annualPlan: true, annualSummary: true, semester1Plan: true, semester1Summary: true, semester2Plan: true, semester2Summary: true };
    it('all six → 5; two missing → 3; all missing → 0', () => {
      expect(proposal('A4', all)).toEqual({ score: 5, bonus: 0 });
      expect(proposal('A4', { ...all, semester1Plan: false, semester2Summary: false })).toEqual({ score: 3, bonus: 0 });
      const none = Object.fromEntries(Object.keys(all).map((k) => [k, false]));
      expect(proposal('A4', none)).toEqual({ score: 0, bonus: 0 });
    });

    it('an item not yet answered leaves the proposal open', () => {
      expect(score('A4', { annualPlan: true })).toMatchObject({ score: null, missing: expect.arrayContaining(['semester2Summary']) });
    });
  });

  it('groups propose nothing of their own', () => {
    expect(score('C', {})).toEqual({ score: null, bonus: 0, evidence: [] });
  });
});
