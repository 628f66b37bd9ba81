import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsInt, IsOptional, IsString, IsUrl, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsOptionalNotNull } from '../../common/http/validators.js';
import { CODE_PATTERN } from '../../reference-data/dto/reference-entry.dto.js';

/**
 * No control characters (CR and LF included) and no line or paragraph separators: these values
 * reach mail bodies, certificates and CSV exports, and must never be able to start a new header line.
 */
export const SINGLE_LINE_TEXT = /^[^\p{Cc}\p{Zl}\p{Zp}]+$/u;

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
const trimLower = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim().toLowerCase() : value);

/**
 * One signature, flat so that the hosted HTML form and the JSON API share it. Which fields are
 * required depends on the pledge's kind (checked by `signatureFieldProblems`).
 */
export class SignPledgeDto {
  @ApiProperty({ example: 'Alex Morgan', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @Matches(SINGLE_LINE_TEXT, { message: 'signerName must be one line without control characters' })
  signerName: string;

  @ApiProperty({ example: 'alex.morgan@example.org', maxLength: 320 })
  @Transform(trimLower)
  @IsString()
  @Matches(SINGLE_LINE_TEXT, { message: 'email must be one line without control characters' })
  @IsEmail()
  @MaxLength(320)
  email: string;

  @ApiPropertyOptional({ example: 'Director', maxLength: 200, description: 'Organisations: the signer\'s job title (required).' })
  @IsOptionalNotNull()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @Matches(SINGLE_LINE_TEXT, { message: 'jobTitle must be one line without control characters' })
  jobTitle?: string;

  @ApiPropertyOptional({ example: 'Liverpool Food Bank', maxLength: 300, description: 'Organisations (required).' })
  @IsOptionalNotNull()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  @Matches(SINGLE_LINE_TEXT, { message: 'organisationName must be one line without control characters' })
  organisationName?: string;

  @ApiPropertyOptional({ example: 'charity', description: 'Organisations (required): code from `organisation-kind`.' })
  @IsOptionalNotNull()
  @Matches(CODE_PATTERN)
  @MaxLength(80)
  organisationKind?: string;

  @ApiPropertyOptional({ example: 'liverpool', description: 'Code from `area`: required for organisations, optional for individuals.' })
  @IsOptionalNotNull()
  @Matches(CODE_PATTERN)
  @MaxLength(80)
  area?: string;

  @ApiPropertyOptional({ example: 'https://www.example.org' })
  @IsOptionalNotNull()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(500)
  website?: string;

  @ApiPropertyOptional({ example: '01234567' })
  @IsOptionalNotNull()
  @Matches(/^[A-Za-z0-9 ]{6,12}$/, { message: 'companyNumber must be 6 to 12 letters or digits' })
  companyNumber?: string;

  @ApiPropertyOptional({ example: '1234567' })
  @IsOptionalNotNull()
  @Matches(/^[A-Za-z0-9 -]{5,14}$/, { message: 'charityNumber must be 5 to 14 letters, digits or hyphens' })
  charityNumber?: string;

  @ApiPropertyOptional({ description: 'Organisations (must be true): the signer has authority to sign for the organisation.' })
  @IsOptionalNotNull()
  @IsBoolean()
  authorityConfirmed?: boolean;

  @ApiPropertyOptional({ type: [String], example: ['engaging-with-local-priorities'], description: 'Codes the pledge offers.' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(30)
  @Matches(CODE_PATTERN, { each: true })
  commitments?: string[];

  @ApiPropertyOptional({
    default: false,
    description: 'Organisations: to be listed publicly as a signatory. Individuals: to show your name. Separate and never assumed.',
  })
  @IsOptionalNotNull()
  @IsBoolean()
  listingConsent?: boolean;

  @ApiPropertyOptional({ description: 'The text version the signer read (see GET); if it is no longer current: 409 PLEDGE.TEXT_CHANGED.' })
  @IsOptionalNotNull()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  textVersion?: number;

  @ApiPropertyOptional({ description: 'Leave empty. (A field people never see; automated submissions fill it in.)' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  url?: string;
}

/** What the signer is told, whether the address is new, pending, already signed or rate-capped. */
export class SignatureReceivedResponse {
  @ApiProperty({ example: 'received' }) status: 'received';
  @ApiProperty() message: string;
}

export const SIGNATURE_RECEIVED: SignatureReceivedResponse = {
  status: 'received',
  message: 'Thank you. We have sent an email to the address you gave: follow the link in it to confirm your signature.',
};
