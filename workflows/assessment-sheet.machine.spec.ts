import { sheetEngine } from './assessment-sheet.machine';
import type { SheetEvent, SheetFacts } from './assessment-sheet.machine';

const facts = (over: Partial<SheetFacts> = {}): SheetFacts => ({ now: '2026-12-01T00:00:00Z', documents: [], freshDocuments: [], completeAssessors: 0, minAssessors: 1, ...over });
const ev = (type: SheetEvent['type'], role: string, over: Partial<SheetFacts> = {}, extra: Partial<SheetEvent> = {}): SheetEvent =>
  ({ type, actor: { id: `u-${role}`, roles: [role as never] }, facts: facts(over), ...extra });

describe('assessment sheet machine', () => {
  const step = (s: ReturnType<typeof sheetEngine.initial>, e: SheetEvent) => {
    const d = sheetEngine.decide(s, e);
    if (!d.ok) throw new Error(`${e.type}: ${JSON.stringify(d)}`);
    return d.next;
  };

  it('drafting → SUBMIT by the college leader → submitted → FINALIZE once enough assessors scored → final → PUBLISH by the director', () => {
    const drafting = sheetEngine.initial(undefined);
    expect(sheetEngine.decide(drafting, ev('SUBMIT', 'college_staff'))).toMatchObject({ ok: false, reason: 'forbidden_role', roles: ['college_leader', 'center_director'] });
    const submitted = step(drafting, ev('SUBMIT', 'college_leader'));
    expect(sheetEngine.statePath(submitted)).toBe('submitted');
    expect(sheetEngine.decide(submitted, ev('FINALIZE', 'center_staff', { completeAssessors: 0, minAssessors: 1 }))).toEqual({ ok: false, reason: 'not_allowed_in_state' });
    expect(sheetEngine.decide(submitted, ev('FINALIZE', 'center_staff', { completeAssessors: 1, minAssessors: 2 }))).toEqual({ ok: false, reason: 'not_allowed_in_state' });
    const final = step(submitted, ev('FINALIZE', 'center_director', { completeAssessors: 2, minAssessors: 2 }));
    expect(sheetEngine.decide(final, ev('PUBLISH', 'center_staff'))).toMatchObject({ ok: false, reason: 'forbidden_role', roles: ['center_director'] });
    const published = step(final, ev('PUBLISH', 'center_director'));
    expect([sheetEngine.statePath(published), sheetEngine.isFinal(published)]).toEqual(['published', true]);
  });

  it('the center returns a submitted sheet to the college with a reason', () => {
    const submitted = step(sheetEngine.initial(undefined), ev('SUBMIT', 'college_leader'));
    const noReason = sheetEngine.decide(submitted, ev('RETURN', 'center_staff', {}, { data: { to: 'drafting' } }));
    expect(noReason).toEqual({ ok: false, reason: 'guard_failed', problems: [{ code: 'missing_field', field: 'comment' }] });
    const back = step(submitted, ev('RETURN', 'center_staff', {}, { comment: '补充佐证材料', data: { to: 'drafting' } }));
    expect(sheetEngine.statePath(back)).toBe('drafting');
    expect(sheetEngine.waitsOn('drafting')).toEqual({ roles: ['college_leader', 'center_director'], userIds: [], mode: 'any' });
  });
});
