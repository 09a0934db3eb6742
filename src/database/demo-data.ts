import { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../auth/password';
import type { Role } from '../common/roles';
import { creditCodeCheckCharacter } from '../partners/credit-code';

export const DEMO_PASSWORD = 'demo123456';

const COLLEGES = [
  { code: 'IM', name: '智能制造学院', majors: [['460301', '机电一体化技术'], ['460305', '工业机器人技术'], ['460103', '数控技术']] },
  { code: 'IE', name: '信息工程学院', majors: [['510201', '计算机应用技术'], ['510203', '软件技术'], ['510205', '大数据技术']] },
];

/** Fictional partners; their credit codes carry a correct GB 32100 check character. */
const PARTNERS: Array<{ name: string; kind: string; prefix: string; industry: string; status: string }> = [
  { name: '晋中智能装备制造有限公司', kind: 'enterprise', prefix: '91140700MA0K1A2B3', industry: '装备制造', status: 'active' },
  { name: '太原云数科技股份有限公司', kind: 'enterprise', prefix: '91140100MA0H4C5D6', industry: '软件和信息技术服务', status: 'active' },
  { name: '山西省机械工程学会', kind: 'association', prefix: '51140000MJY123456', industry: '行业协会', status: 'incubating' },
  { name: '晋中市产业技术研究院', kind: 'institute', prefix: '12140700MB1234567', industry: '科学研究', status: 'incubating' },
  { name: '晋中国家农业高新技术产业示范区', kind: 'park', prefix: '11140700MB0987654', industry: '产业园区', status: 'active' },
];

const USERS: Array<{ username: string; displayName: string; roles: Role[]; college?: number }> = [
  { username: 'admin', displayName: '系统管理员', roles: ['admin'] },
  { username: 'center', displayName: '产教研合作中心 王老师', roles: ['center_staff'] },
  { username: 'director', displayName: '产教研合作中心 李主任', roles: ['center_director'] },
  { username: 'legal', displayName: '法务 赵律师', roles: ['legal'] },
  { username: 'leader', displayName: '校领导 陈校长', roles: ['school_leader'] },
  { username: 'finance', displayName: '财务处 孙老师', roles: ['department'] },
  { username: 'assessor', displayName: '考核组 周老师', roles: ['assessor'] },
  { username: 'expert', displayName: '论证专家 钱教授', roles: ['expert'] },
  { username: 'c1staff', displayName: '智能制造学院 刘老师', roles: ['college_staff'], college: 0 },
  { username: 'c1leader', displayName: '智能制造学院 张院长', roles: ['college_leader'], college: 0 },
  { username: 'c2staff', displayName: '信息工程学院 吴老师', roles: ['college_staff'], college: 1 },
  { username: 'c2leader', displayName: '信息工程学院 郑院长', roles: ['college_leader'], college: 1 },
];

export function demoCreditCodes(): string[] {
  return PARTNERS.map((p) => p.prefix + creditCodeCheckCharacter(p.prefix));
}

/** Creates the demo colleges, majors, partners and users; what already exists is left as it is. Returns what it created. */
export async function seedDemoData(ds: DataSource): Promise<{ users: number; colleges: number; partners: number }> {
  const hash = await hashPassword(DEMO_PASSWORD);
  return ds.transaction(async (tx) => {
    const collegeIds: string[] = [];
    let colleges = 0;
    for (const c of COLLEGES) {
      const inserted: Array<{ id: string }> = await tx.query(
        'INSERT INTO colleges (code, name) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING id',
        [c.code, c.name],
      );
      colleges += inserted.length;
      const [{ id }] = await tx.query('SELECT id FROM colleges WHERE code = $1', [c.code]);
      collegeIds.push(id);
      for (const [code, name] of c.majors) {
        await tx.query('INSERT INTO majors (college_id, code, name) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [id, code, name]);
      }
    }
    let users = 0;
    for (const u of USERS) {
      const inserted = await tx.query(
        `INSERT INTO users (username, display_name, password_hash, roles, college_id, email) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT DO NOTHING RETURNING id`,
        [u.username, u.displayName, hash, u.roles, u.college === undefined ? null : collegeIds[u.college], `${u.username}@demo.edu.cn`],
      );
      users += inserted.length;
    }
    let partners = 0;
    const codes = demoCreditCodes();
    for (const [i, p] of PARTNERS.entries()) {
      const inserted: Array<{ id: string }> = await tx.query(
        `INSERT INTO partners (name, kind, credit_code, industry, status, owner_college_id) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT DO NOTHING RETURNING id`,
        [p.name, p.kind, codes[i], p.industry, p.status, collegeIds[i % 2]],
      );
      if (inserted.length) {
        partners++;
        await tx.query('INSERT INTO partner_status_changes (partner_id, from_status, to_status, reason) VALUES ($1, NULL, $2, $3)', [inserted[0].id, p.status, 'demo data']);
      }
    }
    await seedSemesters(tx);
    return { users, colleges, partners };
  });
}

/** The two semesters of the current school year (September to July), with their self-check dates. */
async function seedSemesters(tx: EntityManager): Promise<void> {
  const today = new Date();
  const y = today.getUTCMonth() >= 8 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
  const semesters = [
    [`${y}-${y + 1}-1`, `${y}-09-01`, `${y + 1}-01-20`, `${y + 1}-01-10`],
    [`${y}-${y + 1}-2`, `${y + 1}-02-20`, `${y + 1}-07-10`, `${y + 1}-06-30`],
  ];
  for (const s of semesters) {
    await tx.query('INSERT INTO semesters (name, starts_on, ends_on, self_check_due_on) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', s);
  }
}
