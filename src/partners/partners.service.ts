import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { AuthUser, collegeScope, hasRole } from '../common/auth/auth-user';
import { Clock } from '../common/clock';
import { DomainError, found } from '../common/errors/domain-error';
import { likePattern, page, Page } from '../common/pagination';
import { assertUnreferenced, REFERRERS } from '../common/references';
import { ChangePartnerStatusDto, CreatePartnerDto, ListPartnersQuery, UpdatePartnerDto } from './partners.dto';
import { Partner, PartnerStatus, PartnerStatusChange } from './partner.entity';

const PARTNER = { zh: '合作单位', en: 'Partner' };
const SORTS: Record<string, string> = { name: 'p.name', createdAt: 'p.createdAt', statusChangedAt: 'p.statusChangedAt' };

/**
 * 合作单位台账 — the partner ledger, shared by the whole school (one enterprise, one credit code).
 * Everyone signed in reads it; the center and admins change any entry; a college changes the entries it registered.
 */
@Injectable()
export class PartnersService {
  constructor(
    @InjectRepository(Partner) private readonly partners: Repository<Partner>,
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(q: ListPartnersQuery): Promise<Page<Partner>> {
    const qb = this.partners.createQueryBuilder('p').skip(q.offset).take(q.pageSize);
    const sort = q.sort ?? 'name';
    qb.orderBy(SORTS[sort.replace('-', '')], sort.startsWith('-') ? 'DESC' : 'ASC').addOrderBy('p.id', 'ASC');
    if (q.q) qb.andWhere('(p.name ILIKE :q OR p.creditCode ILIKE :q)', { q: likePattern(q.q.trim()) });
    if (q.kind) qb.andWhere('p.kind = :kind', { kind: q.kind });
    if (q.status) qb.andWhere('p.status = :status', { status: q.status });
    if (q.industry) qb.andWhere('p.industry ILIKE :industry', { industry: likePattern(q.industry) });
    if (q.ownerCollegeId) qb.andWhere('p.ownerCollegeId = :owner', { owner: q.ownerCollegeId });
    const [items, total] = await qb.getManyAndCount();
    return page(items, total, q);
  }

  async get(id: string): Promise<Partner> {
    return found(await this.partners.findOneBy({ id }), PARTNER);
  }

  async create(caller: AuthUser, dto: CreatePartnerDto): Promise<Partner> {
    const now = this.clock.now();
    return this.db.transaction(async (tx) => {
      await this.assertCodeFree(tx, dto.creditCode);
      const status = dto.status ?? 'incubating';
      const partner = await tx.save(
        tx.create(Partner, {
          name: dto.name,
          kind: dto.kind,
          creditCode: dto.creditCode,
          industry: dto.industry ?? null,
          address: dto.address ?? null,
          contactName: dto.contactName ?? null,
          contactPhone: dto.contactPhone ?? null,
          notes: dto.notes ?? null,
          status,
          statusChangedAt: now,
          ownerCollegeId: collegeScope(caller) ?? caller.collegeId ?? null,
          createdBy: caller.id,
          version: 1,
        }),
      );
      await this.recordStatus(tx, partner.id, null, status, 'created', caller.id, now);
      return partner;
    });
  }

  async update(caller: AuthUser, id: string, dto: UpdatePartnerDto, ifMatch?: number): Promise<Partner> {
    return this.db.transaction(async (tx) => {
      const partner = found(await tx.findOneBy(Partner, { id }), PARTNER);
      this.assertMayWrite(caller, partner);
      if (dto.creditCode && dto.creditCode !== partner.creditCode) await this.assertCodeFree(tx, dto.creditCode);
      const changes = Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined));
      await this.bumpVersion(tx, partner, ifMatch ?? partner.version, changes);
      return found(await tx.findOneBy(Partner, { id }), PARTNER);
    });
  }

  async changeStatus(caller: AuthUser, id: string, dto: ChangePartnerStatusDto, ifMatch?: number): Promise<Partner> {
    const now = this.clock.now();
    return this.db.transaction(async (tx) => {
      const partner = found(await tx.findOneBy(Partner, { id }), PARTNER);
      this.assertMayWrite(caller, partner);
      if ((dto.status === 'eliminated' || partner.status === 'eliminated') && !hasRole(caller, 'admin', 'center_staff', 'center_director')) {
        // the ledger is shared: eliminating a partner (or bringing one back) stops every college's work with it
        throw new DomainError('forbidden_role', { detail: { zh: '淘汰或恢复合作单位须由产教研合作中心办理', en: 'Only the cooperation center eliminates or restores a partner' } });
      }
      if (partner.status === dto.status) {
        throw new DomainError('unprocessable', { detail: { zh: `台账状态已是 ${dto.status}`, en: `The status is already ${dto.status}` } });
      }
      await this.bumpVersion(tx, partner, ifMatch ?? partner.version, { status: dto.status, statusChangedAt: now });
      await this.recordStatus(tx, id, partner.status, dto.status, dto.reason ?? null, caller.id, now);
      return found(await tx.findOneBy(Partner, { id }), PARTNER);
    });
  }

  async statusHistory(id: string): Promise<PartnerStatusChange[]> {
    await this.get(id);
    return this.db.getRepository(PartnerStatusChange).find({ where: { partnerId: id }, order: { changedAt: 'ASC', id: 'ASC' } });
  }

  /** Deletes a partner no agreement names (409 in_use otherwise); its status history goes with it. */
  async remove(id: string): Promise<void> {
    await this.get(id);
    await assertUnreferenced(this.db.manager, PARTNER, id, [REFERRERS.agreementsByPartner]);
    await this.partners.delete({ id });
  }

  private assertMayWrite(caller: AuthUser, partner: Partner): void {
    if (hasRole(caller, 'admin', 'center_staff', 'center_director')) return;
    const scope = collegeScope(caller);
    if (!scope || partner.ownerCollegeId !== scope) throw new DomainError('forbidden_college');
  }

  private async assertCodeFree(tx: EntityManager, creditCode: string): Promise<void> {
    if (await tx.existsBy(Partner, { creditCode })) throw new DomainError('duplicate_credit_code');
  }

  /** Optimistic lock: the write lands only if nobody changed the row since `expected`. */
  private async bumpVersion(tx: EntityManager, partner: Partner, expected: number, changes: Partial<Partner>): Promise<void> {
    const result = await tx
      .createQueryBuilder()
      .update(Partner)
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :expected', { id: partner.id, expected })
      .execute();
    if (result.affected !== 1) {
      const current = await tx.findOneBy(Partner, { id: partner.id });
      throw new DomainError('version_conflict', { extra: { currentVersion: current?.version } });
    }
  }

  private async recordStatus(tx: EntityManager, partnerId: string, from: PartnerStatus | null, to: PartnerStatus, reason: string | null, by: string, at: Date) {
    await tx.insert(PartnerStatusChange, { partnerId, fromStatus: from, toStatus: to, reason, changedBy: by, changedAt: at });
  }
}
