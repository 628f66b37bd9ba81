import { ApiProperty } from '@nestjs/swagger';
import { ReferenceValue } from '../../reference-data/dto/reference-entry.dto.js';

/**
 * `submitted` counts every submission still held, unverified ones included (they are purged after 30
 * days); every other figure counts only signatures confirmed by email. verified, approved and withdrawn
 * count events (a withdrawn signature stays counted as verified: withdrawn tombstones keep counts honest);
 * `current` is where the signatures stand now.
 */
export class SignatureCounts {
  @ApiProperty() submitted: number;
  @ApiProperty() verified: number;
  @ApiProperty() approved: number;
  @ApiProperty() withdrawn: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'Current status of each signature: submitted (awaiting email confirmation), verified (awaiting approval), approved, rejected, suspended, withdrawn.',
    example: { submitted: 1, verified: 2, approved: 10, rejected: 0, suspended: 0, withdrawn: 1 },
  })
  current: Record<string, number>;
}

export class VersionCounts extends SignatureCounts {
  @ApiProperty() version: number;
}

export class AreaCounts extends SignatureCounts {
  @ApiProperty({ type: ReferenceValue, nullable: true, description: 'Null: no area given.' }) area: ReferenceValue | null;
}

export class PledgeCountsResponse {
  @ApiProperty() pledge: string;
  @ApiProperty() currentVersion: number;
  @ApiProperty({ type: SignatureCounts }) total: SignatureCounts;
  @ApiProperty({ type: [VersionCounts] }) versions: VersionCounts[];
  @ApiProperty({ type: [AreaCounts] }) areas: AreaCounts[];
}
