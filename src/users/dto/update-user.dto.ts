import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { IsOptionalNotNull } from '../../common/http/validators.js';
import { ROLES, type Role } from '../../common/auth/roles.decorator.js';

/** Partial update: absent = unchanged; null is refused (no field here can be cleared). */
export class UpdateUserDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptionalNotNull()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptionalNotNull()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'false deactivates the user: their tokens stop working at once.' })
  @IsOptionalNotNull()
  @IsBoolean()
  isActive?: boolean;
}
