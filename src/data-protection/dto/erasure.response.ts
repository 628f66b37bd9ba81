import { ApiProperty } from '@nestjs/swagger';

export class MentionResponse {
  @ApiProperty() table: string;
  @ApiProperty({ type: String, nullable: true, description: 'The row id (null for a table without one).' }) id: string | null;
  @ApiProperty({ type: [String] }) columns: string[];
}

export class ErasureResponse {
  @ApiProperty({ description: 'Keyed hash (HMAC-SHA256) of the email: what the suppression list and the redacted records keep.' })
  subjectHash: string;
  @ApiProperty({ format: 'date-time' }) erasedAt: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'Rows (or queue entries) changed per table; `suppression_entries` is 1 when the person was newly suppressed.',
  })
  counts: Record<string, number>;
  @ApiProperty({
    type: [MentionResponse],
    description: 'Rows that still mention the person after erasure (e.g. an organisation named after them), for a person to review.',
  })
  remainingMentions: MentionResponse[];
}

export class ErasurePreviewResponse {
  @ApiProperty({ description: 'Keyed hash (HMAC-SHA256) of the email, as the erasure would record it.' })
  subjectHash: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'Rows (or queue entries) the erasure would change per table, counted by the erasure itself (then rolled back).',
  })
  counts: Record<string, number>;
}

export class SuppressionListResponse {
  @ApiProperty({ description: 'People on the suppression list (erased; never re-added or contacted).' }) size: number;
}
