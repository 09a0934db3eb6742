import { ActiveUser, AudienceResolver } from './audience';

const c1 = '11111111-1111-4111-8111-111111111111';
const c2 = '22222222-2222-4222-8222-222222222222';
const u = (id: string, roles: string[], collegeId: string | null = null, email: string | null = `${id}@x`): ActiveUser => ({ id, email, collegeId, roles });

describe('AudienceResolver', () => {
  const users = [
    u('c', ['college_staff'], c1),
    u('a', ['college_leader'], c1, null),
    u('e', ['college_staff', 'department'], c2),
    u('b', ['center_staff']),
    u('d', ['department']),
  ];

  it('finds a college’s users holding a role, anybody holding a role, and named users — each once, sorted by id', () => {
    const r = new AudienceResolver(users);
    expect(r.resolve([{ college: c1, roles: ['college_staff', 'college_leader'] }])).toEqual([{ id: 'a', email: null }, { id: 'c', email: 'c@x' }]);
    expect(r.resolve([{ roles: ['department'] }]).map((p) => p.id)).toEqual(['d', 'e']);
    expect(r.resolve([{ college: c2, roles: ['college_staff'] }, { roles: ['center_staff'] }, { userIds: ['e', 'zz'] }]).map((p) => p.id)).toEqual(['b', 'e']);
    // asked again (memoized): the same answer
    expect(r.resolve([{ college: c1, roles: ['college_leader', 'college_staff'] }]).map((p) => p.id)).toEqual(['a', 'c']);
    expect(r.resolve([{ college: 'nope', roles: ['college_staff'] }])).toEqual([]);
  });

  it('adds the deputies of everyone found, for work-item notices only', () => {
    const r = new AudienceResolver(users, new Map([['b', [{ id: 'x', email: 'x@x' }]], ['d', [{ id: 'y', email: null }]]]));
    expect(r.resolve([{ roles: ['center_staff'] }]).map((p) => p.id)).toEqual(['b']);
    expect(r.resolve([{ roles: ['center_staff'] }], true).map((p) => p.id)).toEqual(['b', 'x']);
    expect(r.resolve([{ userIds: ['d'] }, { userIds: ['b'] }], true)).toEqual([
      { id: 'b', email: 'b@x' }, { id: 'd', email: 'd@x' }, { id: 'x', email: 'x@x' }, { id: 'y', email: null },
    ]);
  });
});
