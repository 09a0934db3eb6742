import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuthUser, assertCollegeAccess } from '../common/auth/auth-user';
import { DomainError, found } from '../common/errors/domain-error';
import { likePattern, page, Page } from '../common/pagination';
import { assertUnreferenced, REFERRERS } from '../common/references';
import { College } from './college.entity';
import { CreateCollegeDto, CreateMajorDto, ListCollegesQuery, ListMajorsQuery, UpdateCollegeDto, UpdateMajorDto } from './colleges.dto';
import { Major } from './major.entity';

const COLLEGE = { zh: '学院', en: 'College' };
const MAJOR = { zh: '专业', en: 'Major' };

/** Colleges and their majors: reference data every signed-in user reads; admins and a college's own leader write. */
@Injectable()
export class CollegesService {
  constructor(
    @InjectRepository(College) private readonly colleges: Repository<College>,
    @InjectRepository(Major) private readonly majors: Repository<Major>,
  ) {}

  async list(q: ListCollegesQuery): Promise<Page<College>> {
    const qb = this.colleges.createQueryBuilder('c').orderBy('c.code', 'ASC').skip(q.offset).take(q.pageSize);
    if (q.q) qb.where('(c.name ILIKE :q OR c.code ILIKE :q)', { q: likePattern(q.q) });
    const [items, total] = await qb.getManyAndCount();
    return page(items, total, q);
  }

  async get(id: string): Promise<College> {
    return found(await this.colleges.findOneBy({ id }), COLLEGE);
  }

  async create(dto: CreateCollegeDto): Promise<College> {
    if (await this.colleges.exists({ where: [{ code: dto.code }, { name: dto.name }] })) throw new DomainError('duplicate');
    return this.colleges.save(this.colleges.create({ ...dto, contactName: dto.contactName ?? null, contactPhone: dto.contactPhone ?? null }));
  }

  async update(caller: AuthUser, id: string, dto: UpdateCollegeDto): Promise<College> {
    const college = await this.get(id);
    assertCollegeAccess(caller, college.id);
    if (dto.name && dto.name !== college.name && (await this.colleges.existsBy({ name: dto.name }))) throw new DomainError('duplicate');
    Object.assign(college, dto);
    return this.colleges.save(college);
  }

  /** Deletes a college nothing belongs to: no majors, users, partners it registered, agreements or monthly reports. */
  async remove(id: string): Promise<void> {
    await this.get(id);
    const { majorsByCollege, usersByCollege, partnersByCollege, agreementsByCollege, monthlyReportsByCollege } = REFERRERS;
    await assertUnreferenced(this.colleges.manager, COLLEGE, id, [majorsByCollege, usersByCollege, partnersByCollege, agreementsByCollege, monthlyReportsByCollege]);
    await this.colleges.delete({ id });
  }

  async listMajors(q: ListMajorsQuery): Promise<Page<Major>> {
    const qb = this.majors.createQueryBuilder('m').orderBy('m.code', 'ASC').skip(q.offset).take(q.pageSize);
    if (q.collegeId) qb.andWhere('m.collegeId = :collegeId', { collegeId: q.collegeId });
    if (q.q) qb.andWhere('(m.name ILIKE :q OR m.code ILIKE :q)', { q: likePattern(q.q) });
    const [items, total] = await qb.getManyAndCount();
    return page(items, total, q);
  }

  async getMajor(id: string): Promise<Major> {
    return found(await this.majors.findOneBy({ id }), MAJOR);
  }

  async createMajor(caller: AuthUser, dto: CreateMajorDto): Promise<Major> {
    if (!(await this.colleges.existsBy({ id: dto.collegeId }))) {
      throw new DomainError('unprocessable', { errors: [{ field: 'collegeId', code: 'not_found' }] });
    }
    assertCollegeAccess(caller, dto.collegeId);
    if (await this.majors.exists({ where: [{ code: dto.code }, { collegeId: dto.collegeId, name: dto.name }] })) throw new DomainError('duplicate');
    return this.majors.save(this.majors.create(dto));
  }

  async updateMajor(caller: AuthUser, id: string, dto: UpdateMajorDto): Promise<Major> {
    const major = await this.getMajor(id);
    assertCollegeAccess(caller, major.collegeId);
    if (dto.name && dto.name !== major.name && (await this.majors.existsBy({ collegeId: major.collegeId, name: dto.name }))) throw new DomainError('duplicate');
    Object.assign(major, dto);
    return this.majors.save(major);
  }

  async removeMajor(caller: AuthUser, id: string): Promise<void> {
    const major = await this.getMajor(id);
    assertCollegeAccess(caller, major.collegeId);
    await assertUnreferenced(this.majors.manager, MAJOR, id, [REFERRERS.agreementsByMajor]);
    await this.majors.delete({ id });
  }
}
