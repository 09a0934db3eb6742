import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '../common/roles';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() username: string;
  @Column({ name: 'display_name' }) displayName: string;
  @Column({ type: 'varchar', nullable: true }) email: string | null;
  @Column({ type: 'varchar', nullable: true }) phone: string | null;
  @Column({ name: 'password_hash', select: false }) passwordHash: string;
  @Column({ type: 'text', array: true }) roles: Role[];
  @Column({ name: 'college_id', type: 'uuid', nullable: true }) collegeId: string | null;
  @Column({ default: false }) disabled: boolean;
  /** Bumped on password reset, disable and role change: older tokens stop working. */
  @Column({ name: 'token_version', default: 0 }) tokenVersion: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
