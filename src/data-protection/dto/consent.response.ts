import { ApiProperty } from '@nestjs/swagger';
import { CONSENT_ACTIONS, CONSENT_SOURCES, CONSENT_SUBJECT_TYPES, type ConsentAction, type ConsentEvent, type ConsentSource, type ConsentSubjectType } from '../consent-event.entity.js';
import type { ConsentState } from '../consent-ledger.service.js';

export class ConsentStateResponse {
  @ApiProperty({ example: 'public-listing' }) purpose: string;
  @ApiProperty({ description: 'Whether the consent stands now (the latest event gave it).' }) given: boolean;
  @ApiProperty({ format: 'date-time', description: 'When the latest event happened.' }) since: string;
  @ApiProperty({ enum: CONSENT_SOURCES }) source: ConsentSource;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorId: string | null;
  @ApiProperty({ type: String, nullable: true }) wordingVersion: string | null;
}

export class ConsentEventResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() purpose: string;
  @ApiProperty({ enum: CONSENT_ACTIONS }) action: ConsentAction;
  @ApiProperty({ enum: CONSENT_SOURCES }) source: ConsentSource;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Staff user who recorded it, or approved what the form recorded.' })
  actorId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Version of the wording shown (form label version, or pledge text version and hash).' })
  wordingVersion: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Ids and codes (e.g. the signature that carried it).' })
  details: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
}

/** A subject's consents: the current state derived from its events, and the events, oldest first. */
export class ConsentRecordResponse {
  @ApiProperty({ enum: CONSENT_SUBJECT_TYPES }) subjectType: ConsentSubjectType;
  @ApiProperty({ format: 'uuid' }) subjectId: string;
  @ApiProperty({ type: [ConsentStateResponse] }) current: ConsentStateResponse[];
  @ApiProperty({ type: [ConsentEventResponse] }) events: ConsentEventResponse[];
}

export function toConsentStateResponse(state: ConsentState): ConsentStateResponse {
  return { ...state, since: state.since.toISOString() };
}

export function toConsentEventResponse(event: ConsentEvent): ConsentEventResponse {
  return {
    id: event.id,
    purpose: event.purpose,
    action: event.action,
    source: event.source,
    actorId: event.actorId,
    wordingVersion: event.wordingVersion,
    details: event.details,
    occurredAt: event.occurredAt.toISOString(),
  };
}
