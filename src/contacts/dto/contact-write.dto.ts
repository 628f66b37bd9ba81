import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { IsOptionalNotNull } from '../../common/http/validators.js';
import { LAWFUL_BASES, type LawfulBasis } from '../contact.entity.js';

const trimLower = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class CommunicationPreferencesDto {
  @ApiPropertyOptional() @IsOptionalNotNull() @IsBoolean() email?: boolean;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsBoolean() phone?: boolean;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsBoolean() post?: boolean;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsBoolean() newsletter?: boolean;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsBoolean() events?: boolean;
}

export class CreateContactDto {
  @ApiProperty({ example: 'Alex Morgan', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  // No control characters: names end up in mail headers and CSV files.
  @Matches(/^[^\p{Cc}]+$/u, { message: 'fullName must not contain control characters' })
  fullName: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(/^[^\p{Cc}]*$/u, { message: 'jobTitle must not contain control characters' })
  jobTitle?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'alex.morgan@example.org' })
  @IsOptional()
  @Transform(trimLower)
  @IsEmail()
  @MaxLength(320)
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '+44 151 000 0000' })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{6,30}$/, { message: 'phone must be digits, spaces, brackets, hyphens and an optional leading +' })
  phone?: string | null;

  @ApiPropertyOptional({ description: 'Making a contact primary demotes the organisation\'s current primary contact.' })
  @IsOptionalNotNull()
  @IsBoolean()
  isPrimary?: boolean;

  @ApiPropertyOptional({ enum: LAWFUL_BASES, default: 'legitimate-interests' })
  @IsOptionalNotNull()
  @IsIn(LAWFUL_BASES)
  lawfulBasis?: LawfulBasis;

  @ApiPropertyOptional({ type: CommunicationPreferencesDto })
  @IsOptionalNotNull()
  @ValidateNested()
  @Type(() => CommunicationPreferencesDto)
  communicationPreferences?: CommunicationPreferencesDto;
}

/** Partial update: absent = unchanged; null clears jobTitle, email or phone and is rejected elsewhere. */
export class UpdateContactDto extends PartialType(CreateContactDto, { skipNullProperties: false }) {
  @ApiPropertyOptional({ maxLength: 500, description: 'Why (kept in the audit trail).' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class MoveContactDto {
  @ApiProperty({ format: 'uuid', description: 'The organisation the person has moved to.' })
  @IsUUID()
  partnerId: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'Their job title at the new organisation.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  jobTitle?: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class ListContactsQuery {
  @ApiPropertyOptional({ enum: ['exclude', 'include', 'only'], default: 'exclude' })
  @IsOptional()
  @IsIn(['exclude', 'include', 'only'])
  archived?: 'exclude' | 'include' | 'only';
}
