import { ApiProperty } from '@nestjs/swagger';
import type { AuditEntry } from '../audit-entry.entity.js';

export class AuditEntryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() action: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Staff user; null = the system.' }) actorId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The staff user\'s display name (null = the system; not filled in subject-access exports).' })
  actorName: string | null;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'object', properties: { before: {}, after: {} } },
    description: 'Changed fields with their values before and after.',
  })
  changes: Record<string, { before: unknown; after: unknown }>;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
}

export function toAuditEntryResponse(entry: AuditEntry, actorName: string | null = null): AuditEntryResponse {
  return {
    id: entry.id,
    action: entry.action,
    actorId: entry.actorId,
    actorName,
    occurredAt: entry.occurredAt.toISOString(),
    changes: entry.changes,
    reason: entry.reason,
  };
}
