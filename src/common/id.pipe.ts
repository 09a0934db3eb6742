import { Injectable, PipeTransform } from '@nestjs/common';
import { DomainError } from './errors/domain-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A path id that is not a UUID names nothing that exists: 404, not 400 or a database error. */
@Injectable()
export class IdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!UUID.test(value)) throw new DomainError('not_found');
    return value.toLowerCase();
  }
}
