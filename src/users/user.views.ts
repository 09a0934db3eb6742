import { ApiProperty } from '@nestjs/swagger';
import { ROLES } from '../common/roles';
import type { Role } from '../common/roles';

export class CollegeRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '智能制造学院' }) name: string;
}

/** A user as the API shows them: never the password hash or the token version. */
export class UserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'c1staff' }) username: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The college of a college user' }) collegeId: string | null;
  @ApiProperty({ type: CollegeRefDto, nullable: true }) college: CollegeRefDto | null;
  @ApiProperty() disabled: boolean;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: Date;
}
