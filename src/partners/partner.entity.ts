import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const PARTNER_KINDS = ['enterprise', 'association', 'institute', 'park', 'government', 'other'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];
/** 台账状态: 孵化 incubating, 合作中 active, 淘汰 eliminated. */
export const PARTNER_STATUSES = ['incubating', 'active', 'eliminated'] as const;
export type PartnerStatus = (typeof PARTNER_STATUSES)[number];

/** 合作单位 — an enterprise, association, institute, park or government body the school works with. */
@Entity('partners')
export class Partner {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() name: string;
  @Column({ type: 'varchar' }) kind: PartnerKind;
  @Column({ name: 'credit_code', type: 'char', length: 18 }) creditCode: string;
  @Column({ type: 'varchar', nullable: true }) industry: string | null;
  @Column({ type: 'varchar', nullable: true }) address: string | null;
  @Column({ name: 'contact_name', type: 'varchar', nullable: true }) contactName: string | null;
  @Column({ name: 'contact_phone', type: 'varchar', nullable: true }) contactPhone: string | null;
  @Column({ type: 'text', nullable: true }) notes: string | null;
  @Column({ type: 'varchar' }) status: PartnerStatus;
  @Column({ name: 'status_changed_at', type: 'timestamptz' }) statusChangedAt: Date;
  @Column({ name: 'owner_college_id', type: 'uuid', nullable: true }) ownerCollegeId: string | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @Column() version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity('partner_status_changes')
export class PartnerStatusChange {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'partner_id', type: 'uuid' }) partnerId: string;
  @Column({ name: 'from_status', type: 'varchar', nullable: true }) fromStatus: PartnerStatus | null;
  @Column({ name: 'to_status', type: 'varchar' }) toStatus: PartnerStatus;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ name: 'changed_by', type: 'uuid', nullable: true }) changedBy: string | null;
  @Column({ name: 'changed_at', type: 'timestamptz' }) changedAt: Date;
}
