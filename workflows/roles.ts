/** Roles as in DOMAIN.md; a user holds one or more. Pure data: no framework imports, nothing from src/. */
export const ROLES = [
  'college_staff',
  'college_leader',
  'center_staff',
  'center_director',
  'legal',
  'school_leader',
  'department',
  'assessor',
  'expert',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export const COLLEGE_ROLES: readonly Role[] = ['college_staff', 'college_leader'];
export const CENTER_ROLES: readonly Role[] = ['center_staff', 'center_director'];

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  college_staff: { zh: '二级学院校企合作专兼职人员', en: 'College cooperation officer' },
  college_leader: { zh: '二级学院行政负责人', en: 'College leader' },
  center_staff: { zh: '产教研合作中心', en: 'Cooperation center staff' },
  center_director: { zh: '产教研合作中心负责人', en: 'Cooperation center director' },
  legal: { zh: '法务', en: 'Legal affairs' },
  school_leader: { zh: '校领导（校长办公会/党委会）', en: 'School leadership' },
  department: { zh: '职能部门（教务处/学生工作处/财务处）', en: 'Department (academic, student, finance)' },
  assessor: { zh: '考核组成员', en: 'Assessment group member' },
  expert: { zh: '论证专家（校内外）', en: 'Invited expert (project demonstration)' },
  admin: { zh: '系统管理员', en: 'System administrator' },
};

/** A user is a college user when their only scope is one college: they see that college's records only. */
export function isCollegeScoped(roles: readonly string[]): boolean {
  return roles.some((r) => (COLLEGE_ROLES as readonly string[]).includes(r)) &&
    !roles.some((r) => r === 'admin' || (CENTER_ROLES as readonly string[]).includes(r));
}

/** The center's head may do everything the center's staff may (DOMAIN.md): roles as the rules should see them. */
export function effectiveRoles<R extends string>(roles: readonly R[]): R[] {
  return roles.includes('center_director' as R) && !roles.includes('center_staff' as R) ? [...roles, 'center_staff' as R] : [...roles];
}
