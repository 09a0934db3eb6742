import { IsIn, IsISO8601, IsOptional } from 'class-validator';
import { PageQuery } from '../common/pagination';

export class ListDeliveriesQuery extends PageQuery {
  @IsOptional() @IsIn(['pending', 'sending', 'sent', 'failed'])
  status?: 'pending' | 'sending' | 'sent' | 'failed';

  @IsOptional() @IsIn(['inbox', 'email', 'webhook'])
  channel?: 'inbox' | 'email' | 'webhook';
}

export class SetClockDto {
  /** The instant the service clock shows from now on (ISO 8601). */
  @IsISO8601({ strict: true })
  now: string;
}
