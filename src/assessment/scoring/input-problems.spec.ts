import { nodeByCode } from '../template-lookup';
import { CONSORTIUM_INDICATORS, COOP_2023, SELF_CHECK_TABLE } from '../templates';
import { inputProblems } from '.';

const coop = (code: string) => nodeByCode(COOP_2023, code);

describe('inputProblems (answered with 400 by the API)', () => {
  it('accepts well-formed figures', () => {
    expect(inputProblems(coop('C5'), { localInterns: 70, totalInterns: 100 })).toEqual([]);
    expect(inputProblems(coop('A1'), { leader: 'both' })).toEqual([]);
    expect(inputProblems(coop('C4'), { orderClassSizes: [35, 20] })).toEqual([]);
    expect(inputProblems(coop('A4'), { annualPlan: true, semester1Plan: false })).toEqual([]);
  });

  it('null clears a figure', () => {
    expect(inputProblems(coop('C5'), { localInterns: null })).toEqual([]);
  });

  it('lists every problem with its field and code', () => {
    expect(inputProblems(coop('C7'), { teachersInEnterprise: 30, teachers: 20, engineerCourses: -1, courses: 2.5, bogus: 1 })).toEqual([
      { field: 'teachersInEnterprise', code: 'part_exceeds_whole', detail: '30 exceeds teachers (20)' },
      { field: 'engineerCourses', code: 'out_of_range', detail: 'must be at least 0' },
      { field: 'courses', code: 'wrong_type', detail: 'must be a whole number' },
      { field: 'bogus', code: 'unknown_field', detail: 'C7 has no input "bogus"' },
    ]);
  });

  it('a negative count is out of range; a string is the wrong type', () => {
    expect(inputProblems(coop('C1'), { curriculumMeetings: -2, textbooks: '3' })).toEqual([
      { field: 'curriculumMeetings', code: 'out_of_range', detail: 'must be at least 0' },
      { field: 'textbooks', code: 'wrong_type', detail: 'must be a whole number' },
    ]);
  });

  it('an option outside the list is not allowed', () => {
    expect(inputProblems(coop('A1'), { leader: 'dean' })).toEqual([
      { field: 'leader', code: 'not_allowed_value', detail: 'must be one of head, deputy, both, none' },
    ]);
  });

  it('a class of no students and a list of text are refused', () => {
    expect(inputProblems(coop('C4'), { orderClassSizes: [35, 0] })).toEqual([
      { field: 'orderClassSizes', code: 'out_of_range', detail: 'every entry must be at least 1' },
    ]);
    expect(inputProblems(coop('C4'), { orderClassSizes: ['35'] })).toMatchObject([{ code: 'wrong_type' }]);
    expect(inputProblems(coop('A4'), { annualPlan: 'yes' })).toMatchObject([{ field: 'annualPlan', code: 'wrong_type' }]);
  });

  it('compares a part with its whole from the records when the entry does not carry it (C2: majors)', () => {
    expect(inputProblems(coop('C2'), { majorsWithBothBases: 5 }, { majors: 4 })).toEqual([
      { field: 'majorsWithBothBases', code: 'part_exceeds_whole', detail: '5 exceeds majors (4)' },
    ]);
    expect(inputProblems(coop('C2'), { majorsWithBothBases: 4 }, { majors: 4 })).toEqual([]);
  });

  it('a decimal figure (当年数值 %) and a text with its length limit', () => {
    const share = nodeByCode(SELF_CHECK_TABLE, 'M4.1.2');
    expect(inputProblems(share, { value: 87.5 })).toEqual([]);
    expect(inputProblems(share, { value: -0.5 })).toMatchObject([{ code: 'out_of_range' }]);
    const text = nodeByCode(CONSORTIUM_INDICATORS, 'P2.2.3');
    expect(inputProblems(text, { text: '好'.repeat(200) })).toEqual([]);
    expect(inputProblems(text, { text: '好'.repeat(201) })).toEqual([{ field: 'text', code: 'out_of_range', detail: 'at most 200 characters' }]);
  });
});
