import { ApiProperty } from '@nestjs/swagger';
import { ReferenceValue } from '../../reference-data/dto/reference-entry.dto.js';
import { PLEDGE_KINDS, type PledgeKind } from '../pledge.entity.js';

/** What a signer reads and signs: the current text with its version and hash, and the choices offered. */
export class PublicPledgeResponse {
  @ApiProperty({ example: 'pact' }) slug: string;
  @ApiProperty({ enum: PLEDGE_KINDS }) kind: PledgeKind;
  @ApiProperty() title: string;
  @ApiProperty() version: number;
  @ApiProperty({ description: 'The exact wording signed.' }) text: string;
  @ApiProperty({ description: 'SHA-256 of the text (UTF-8), hex.' }) sha256: string;
  @ApiProperty({ format: 'date-time' }) publishedAt: string;
  @ApiProperty({ type: [ReferenceValue], description: 'Commitments a signer may choose (codes for `commitments`).' })
  commitments: ReferenceValue[];
  @ApiProperty({ type: [ReferenceValue], description: 'Codes for `area`.' }) areas: ReferenceValue[];
  @ApiProperty({ type: [ReferenceValue], description: 'Codes for `organisationKind` (organisational pledges; else empty).' })
  organisationKinds: ReferenceValue[];
  @ApiProperty({ description: 'Signatures confirmed by email and standing (verified or approved).' }) signatureCount: number;
}

export class PledgeTextSummary {
  @ApiProperty() version: number;
  @ApiProperty({ description: 'The exact wording of this version.' }) text: string;
  @ApiProperty() sha256: string;
  @ApiProperty({ format: 'date-time' }) publishedAt: string;
}

export class PledgeResponse {
  @ApiProperty() slug: string;
  @ApiProperty({ enum: PLEDGE_KINDS }) kind: PledgeKind;
  @ApiProperty() title: string;
  @ApiProperty() currentVersion: number;
  @ApiProperty({ type: [PledgeTextSummary] }) versions: PledgeTextSummary[];
  @ApiProperty({ type: [ReferenceValue] }) commitments: ReferenceValue[];
}
