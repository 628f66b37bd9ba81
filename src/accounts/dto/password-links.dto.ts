import { ApiProperty, OmitType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { CreateUserDto } from '../../users/dto/create-user.dto.js';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../users/password-policy.js';
import { PASSWORD_TOKEN_PURPOSES, type PasswordTokenPurpose } from '../password-token.entity.js';

const lowerCased = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim().toLowerCase() : value);

/** What an admin gives to invite someone: a new user's details, without a password (they set their own). */
export class InviteUserDto extends OmitType(CreateUserDto, ['password'] as const) {}

export class PasswordLinkDto {
  @ApiProperty({ description: 'The token from the emailed link (after `#token=`).', minLength: 20, maxLength: 200 })
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  token: string;
}

export class SetPasswordDto extends PasswordLinkDto {
  @ApiProperty({
    minLength: MIN_PASSWORD_LENGTH,
    maxLength: MAX_PASSWORD_LENGTH,
    description: `The new password: at least ${MIN_PASSWORD_LENGTH} characters, not one of the common passwords.`,
  })
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH)
  password: string;
}

export class PasswordResetRequestDto {
  @ApiProperty({ example: 'sam.officer@example.org', maxLength: 320 })
  @Transform(lowerCased)
  @IsEmail()
  @MaxLength(320)
  email: string;
}

export class ChangePasswordDto {
  @ApiProperty({ maxLength: MAX_PASSWORD_LENGTH })
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH)
  currentPassword: string;

  @ApiProperty({
    minLength: MIN_PASSWORD_LENGTH,
    maxLength: MAX_PASSWORD_LENGTH,
    description: `At least ${MIN_PASSWORD_LENGTH} characters, not one of the common passwords.`,
  })
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH)
  newPassword: string;
}

/** What a valid link is for and whose it is, so the page can greet the person it was sent to. */
export class PasswordLinkResponse {
  @ApiProperty({ enum: PASSWORD_TOKEN_PURPOSES }) purpose: PasswordTokenPurpose;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}
