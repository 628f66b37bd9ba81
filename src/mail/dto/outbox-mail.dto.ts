import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '../../common/http/page.query.js';
import { OUTBOX_STATUSES, type OutboxStatus } from '../outbox-message.entity.js';
import type { OutboxListRow } from '../outbox.repository.js';

export class ListOutboxQuery extends PageQuery {
  @ApiPropertyOptional({ enum: OUTBOX_STATUSES, default: 'failed' })
  @IsOptional()
  @IsIn(OUTBOX_STATUSES)
  state?: OutboxStatus;
}

/** One outbox mail for an administrator: who, what and how it went; never its body. */
export class OutboxMailResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'signature-verification', description: 'The kind of mail (its template).' }) kind: string;
  @ApiProperty({ example: 'someone@example.org' }) recipient: string;
  @ApiProperty() subject: string;
  @ApiProperty({ enum: OUTBOX_STATUSES, enumName: 'OutboxStatus' }) state: OutboxStatus;
  @ApiProperty({ description: 'Sending attempts so far.' }) attempts: number;
  @ApiProperty({ type: String, nullable: true, description: 'The last error (the recipient address is masked).' }) lastError: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When transient failures stop being retried.' })
  retryUntil: string | null;
  @ApiProperty({ description: 'The Message-ID header, the same on every attempt.' }) messageId: string;
}

export class OutboxMailPage {
  @ApiProperty({ type: [OutboxMailResponse] }) items: OutboxMailResponse[];
  @ApiProperty({ description: 'Mails in this state now.' }) total: number;
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export function toOutboxMailResponse(row: OutboxListRow, messageId: string): OutboxMailResponse {
  return {
    id: row.id,
    kind: row.kind,
    recipient: row.recipient,
    subject: row.subject,
    state: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    retryUntil: row.retryUntil?.toISOString() ?? null,
    messageId,
  };
}
