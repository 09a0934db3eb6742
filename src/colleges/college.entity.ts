import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** 二级学院 — a college (school department) that owns agreements. */
@Entity('colleges')
export class College {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() code: string;
  @Column() name: string;
  @Column({ name: 'contact_name', type: 'varchar', nullable: true }) contactName: string | null;
  @Column({ name: 'contact_phone', type: 'varchar', nullable: true }) contactPhone: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
