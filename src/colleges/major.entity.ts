import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** 专业 — a study programme belonging to one college. */
@Entity('majors')
export class Major {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'college_id', type: 'uuid' }) collegeId: string;
  @Column() code: string;
  @Column() name: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
