import { ApiProperty } from '@nestjs/swagger';
import { ReferenceValue } from '../../reference-data/dto/reference-entry.dto.js';
import { ACTION_STATUSES, type ActionStatus, type MeetingAction } from '../meeting-action.entity.js';
import { MEETING_KINDS, type MeetingKind, type MeetingLog } from '../meeting-log.entity.js';

export class NamedRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class ActionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) meetingId: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) ownerId: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueDate: string | null;
  @ApiProperty({ enum: ACTION_STATUSES }) status: ActionStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt: string | null;
}

export class MeetingResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ enum: MEETING_KINDS }) kind: MeetingKind;
  @ApiProperty() title: string;
  @ApiProperty({ type: [NamedRef] }) partners: NamedRef[];
  @ApiProperty({ type: [NamedRef] }) staff: NamedRef[];
  @ApiProperty({ type: [NamedRef] }) contacts: NamedRef[];
  @ApiProperty({ type: [ReferenceValue] }) priorityAreas: ReferenceValue[];
  @ApiProperty({ type: [ReferenceValue] }) themes: ReferenceValue[];
  @ApiProperty({ type: String, nullable: true }) notes: string | null;
  @ApiProperty({ type: String, nullable: true }) outcomes: string | null;
  @ApiProperty({ type: [ActionResponse] }) actions: ActionResponse[];
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class MeetingPage {
  @ApiProperty({ type: [MeetingResponse] }) items: MeetingResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

const byName = (a: NamedRef, b: NamedRef): number => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

export function toActionResponse(action: MeetingAction): ActionResponse {
  return {
    id: action.id,
    meetingId: action.meetingId,
    description: action.description,
    ownerId: action.ownerId,
    dueDate: action.dueDate,
    status: action.status,
    closedAt: action.closedAt?.toISOString() ?? null,
  };
}

/** Expects partners, staff, contacts, priorityAreas and themes loaded. */
export function toMeetingResponse(meeting: MeetingLog, actions: MeetingAction[]): MeetingResponse {
  return {
    id: meeting.id,
    occurredAt: meeting.occurredAt.toISOString(),
    kind: meeting.kind,
    title: meeting.title,
    partners: meeting.partners.map((p) => ({ id: p.id, name: p.name })).sort(byName),
    staff: meeting.staff.map((u) => ({ id: u.id, name: u.displayName })).sort(byName),
    contacts: meeting.contacts.map((c) => ({ id: c.id, name: c.fullName })).sort(byName),
    priorityAreas: meeting.priorityAreas.map((r) => ({ code: r.code, label: r.label })).sort((a, b) => a.code.localeCompare(b.code)),
    themes: meeting.themes.map((r) => ({ code: r.code, label: r.label })).sort((a, b) => a.code.localeCompare(b.code)),
    notes: meeting.notes,
    outcomes: meeting.outcomes,
    actions: actions.map(toActionResponse),
    version: meeting.version,
    createdAt: meeting.createdAt.toISOString(),
    updatedAt: meeting.updatedAt.toISOString(),
  };
}
