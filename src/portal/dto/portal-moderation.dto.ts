import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { PUBLIC_PROFILE_FIELDS } from '../../partners/partner.entity.js';
import { PORTAL_PROPOSAL_STATUSES, type PortalProposalStatus } from '../portal-proposal.entity.js';

export class ListingFieldsDto {
  @ApiPropertyOptional({ maxLength: 300 }) @IsOptional() @IsString() @MinLength(1) @MaxLength(300) name?: string;
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 5000 }) @IsOptional() @IsString() @MaxLength(5000) description?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500 }) @IsOptional() @IsString() @MaxLength(500) website?: string | null;
  @ApiPropertyOptional({ description: 'Code from reference data `area`.', maxLength: 80 }) @IsOptional() @IsString() @MaxLength(80) area?: string;
  @ApiPropertyOptional({ enum: PUBLIC_PROFILE_FIELDS, isArray: true, description: 'Fields shown publicly.' })
  @IsOptional() @IsArray() @ArrayMaxSize(PUBLIC_PROFILE_FIELDS.length) @IsIn(PUBLIC_PROFILE_FIELDS, { each: true })
  publicFields?: string[];
}

export class ProposerResponse {
  @ApiProperty({ type: String, nullable: true }) name: string | null;
  @ApiProperty() email: string;
}

export class ProposalResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) partnerId: string;
  @ApiProperty() organisation: string;
  @ApiProperty({ type: ProposerResponse, nullable: true }) proposer: ProposerResponse | null;
  @ApiProperty({ type: ListingFieldsDto, description: 'The listing as the proposer saw it.' }) before: ListingFieldsDto;
  @ApiProperty({ type: ListingFieldsDto, description: 'Only the fields the proposer changed.' }) changes: ListingFieldsDto;
  @ApiProperty({ type: ListingFieldsDto, nullable: true, description: 'What staff applied (approved proposals).' }) applied: ListingFieldsDto | null;
  @ApiProperty({ enum: PORTAL_PROPOSAL_STATUSES }) status: PortalProposalStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) decisionReason: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ListProposalsQuery {
  @ApiPropertyOptional({ enum: PORTAL_PROPOSAL_STATUSES, default: 'pending' }) @IsOptional() @IsIn(PORTAL_PROPOSAL_STATUSES) status?: PortalProposalStatus;
}

export class ApproveProposalDto {
  @ApiPropertyOptional({ type: ListingFieldsDto, description: 'Staff\'s edit of the proposed values (approve as edited); absent: as proposed.' })
  @IsOptional() @ValidateNested() @Type(() => ListingFieldsDto)
  edited?: ListingFieldsDto;
}

export class RejectProposalDto {
  @ApiProperty({ minLength: 1, maxLength: 1000, description: 'Why: mailed to the proposer.' }) @IsString() @MinLength(1) @MaxLength(1000) reason: string;
}

export class ClaimResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) partnerId: string;
  @ApiProperty() organisation: string;
  @ApiProperty({ type: String, nullable: true, description: 'The organisation\'s website domain, for comparing with the address.' }) websiteDomain: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The claimant\'s name as given.' }) name: string | null;
  @ApiProperty() email: string;
  @ApiProperty({ type: String, nullable: true, description: 'What the claimant said about their role.' }) evidence: string | null;
  @ApiProperty({ description: 'Whether the address is on the website domain.' }) domainMatches: boolean;
  @ApiProperty({ enum: ['active', 'pending', 'rejected'] }) status: 'active' | 'pending' | 'rejected';
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ListClaimsQuery {
  @ApiPropertyOptional({ enum: ['pending', 'active', 'rejected'], default: 'pending' }) @IsOptional() @IsIn(['pending', 'active', 'rejected']) status?: 'pending' | 'active' | 'rejected';
}

export class RejectClaimDto {
  @ApiProperty({ minLength: 1, maxLength: 1000, description: 'Why: mailed to the claimant.' }) @IsString() @MinLength(1) @MaxLength(1000) reason: string;
}
