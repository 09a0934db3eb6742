import type { Audience } from '../reminders/reminder-rules';

export interface Recipient {
  id: string;
  email: string | null;
}

/** An active (not disabled) user as audiences are resolved against. */
export interface ActiveUser extends Recipient {
  collegeId: string | null;
  roles: string[];
}

/**
 * Who hears what, in memory, from one load of the active users and of today's deputies: the same people the
 * per-audience queries found (named users, a college's users holding one of the roles, anybody holding one of the
 * roles), each once, sorted by id; for work-item notices also the deputies of everyone found. Pure; resolved
 * audiences are remembered, since a sweep asks for the same few thousands of times.
 */
export class AudienceResolver {
  private readonly byId = new Map<string, ActiveUser>();
  private readonly byCollege = new Map<string, ActiveUser[]>();
  private readonly memo = new Map<string, ActiveUser[]>();

  constructor(
    private readonly users: readonly ActiveUser[],
    /** Active deputies by the principal they stand in for, for today's date. */
    private readonly deputies: ReadonlyMap<string, readonly Recipient[]> = new Map(),
  ) {
    for (const u of users) {
      this.byId.set(u.id, u);
      if (u.collegeId) {
        const list = this.byCollege.get(u.collegeId) ?? [];
        list.push(u);
        this.byCollege.set(u.collegeId, list);
      }
    }
  }

  resolve(audience: readonly Audience[], withDeputies = false): Recipient[] {
    const found = new Map<string, Recipient>();
    for (const a of audience) {
      if ('userIds' in a) {
        for (const id of a.userIds) {
          const u = this.byId.get(id);
          if (u) found.set(u.id, u);
        }
      } else for (const u of this.group(a)) found.set(u.id, u);
    }
    if (withDeputies && found.size) {
      // 代理: while a deputy period lasts, the deputy hears what the principal hears
      for (const id of [...found.keys()]) for (const d of this.deputies.get(id) ?? []) found.set(d.id, d);
    }
    return [...found.values()].sort((x, y) => x.id.localeCompare(y.id)).map((r) => ({ id: r.id, email: r.email }));
  }

  private group(a: { college: string; roles: string[] } | { roles: string[] }): ActiveUser[] {
    const college = 'college' in a ? a.college : null;
    const key = `${college ?? '*'}|${a.roles.join(',')}`;
    let list = this.memo.get(key);
    if (!list) {
      const pool = college === null ? this.users : (this.byCollege.get(college) ?? []);
      list = pool.filter((u) => u.roles.some((r) => a.roles.includes(r as never)));
      this.memo.set(key, list);
    }
    return list;
  }
}
