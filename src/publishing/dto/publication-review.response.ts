import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PUBLISHED_FIELDS, type PublishedField } from '../publication-diff.js';

/** A partner's entry as the public list publishes it. */
export class PublishedPartnerDoc {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiPropertyOptional() website?: string;
  @ApiPropertyOptional() description?: string;
  @ApiPropertyOptional({ description: 'The area\'s label.' }) area?: string;
  @ApiPropertyOptional({ description: 'The kind\'s label.' }) kind?: string;
  @ApiProperty({ description: 'On the PACT partners list.' }) pactPartner: boolean;
}

export class FieldChangeDoc {
  @ApiProperty({ enum: PUBLISHED_FIELDS }) field: PublishedField;
  @ApiProperty({ type: String, nullable: true, description: 'As published (pactPartner: "true" or "false"); null = not shown.' }) before: string | null;
  @ApiProperty({ type: String, nullable: true }) after: string | null;
}

export class ChangedEntryDoc {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: [FieldChangeDoc] }) fields: FieldChangeDoc[];
}

export class RemovedEntryDoc {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'The name it was listed under.' }) name: string;
}

export class SignatoryChangeDoc {
  @ApiProperty({ example: 'pact' }) pledge: string;
  @ApiProperty() title: string;
  @ApiProperty() countBefore: number;
  @ApiProperty() countAfter: number;
  @ApiProperty({ type: [String], description: 'Names newly listed (a changed listing is in both lists).' }) added: string[];
  @ApiProperty({ type: [String], description: 'Names no longer listed.' }) removed: string[];
}

/** What one version changes against another, field by field. */
export class PublicationDiffDoc {
  @ApiProperty({ type: [PublishedPartnerDoc] }) added: PublishedPartnerDoc[];
  @ApiProperty({ type: [ChangedEntryDoc] }) changed: ChangedEntryDoc[];
  @ApiProperty({ type: [RemovedEntryDoc] }) removed: RemovedEntryDoc[];
  @ApiProperty({ type: [SignatoryChangeDoc] }) signatories: SignatoryChangeDoc[];
}

export class PublicationPreviewResponse extends PublicationDiffDoc {
  @ApiProperty({ type: Number, nullable: true, description: 'The version the public sees now; null = nothing published yet.' }) liveVersion: number | null;
  @ApiProperty({ description: 'false: publishing now would change nothing and create no version.' }) wouldPublish: boolean;
  @ApiProperty({ description: 'Partners the next version would list.' }) partnerCount: number;
  @ApiProperty({ description: 'Signatories it would list by name, over every pledge.' }) signatoryCount: number;
}

export class PublicationVersionDiffResponse extends PublicationDiffDoc {
  @ApiProperty() version: number;
  @ApiProperty({ description: 'The version it is compared with (0: none, the first version).' }) since: number;
}
