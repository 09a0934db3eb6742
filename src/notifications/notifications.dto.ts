import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { PageQuery } from '../common/pagination';
import { queryBoolean } from '../common/transforms';

export class ListNotificationsQuery extends PageQuery {
  /** Only the unread ones. */
  @IsOptional() @Transform(queryBoolean) @IsBoolean()
  unread?: boolean;
}
