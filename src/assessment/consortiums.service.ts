import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';

export interface ConsortiumView { id: string; name: string; createdAt: Date }

/** 市域产教联合体: the subjects of the consortium templates (seeds/003, seeds/004). */
@Injectable()
export class ConsortiumsService {
  constructor(private readonly db: DataSource) {}

  list(): Promise<ConsortiumView[]> {
    return this.db.query('SELECT id, name, created_at AS "createdAt" FROM consortiums ORDER BY name');
  }

  async create(name: string): Promise<ConsortiumView> {
    const [row] = await this.db.query('INSERT INTO consortiums (name) VALUES ($1) ON CONFLICT (name) DO NOTHING RETURNING id, name, created_at AS "createdAt"', [name]);
    if (!row) throw new DomainError('duplicate', { detail: { zh: `联合体「${name}」已存在`, en: `The consortium ${name} exists` } });
    return row;
  }
}
