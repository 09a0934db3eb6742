import { ApiProperty } from '@nestjs/swagger';
import { UserDto } from '../users/user.views';

export class LoginResultDto {
  @ApiProperty({ description: 'Send as `Authorization: Bearer <accessToken>`' }) accessToken: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType: 'Bearer';
  @ApiProperty({ type: UserDto }) user: UserDto;
}
