import { ApiProperty } from '@nestjs/swagger';

export const TIMELINE_TYPES = ['meeting', 'action', 'change', 'contact', 'agreement', 'agreement-change', 'signature'] as const;
export type TimelineType = (typeof TIMELINE_TYPES)[number];

export class TimelineActor {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'The staff user\'s display name.' }) name: string;
}

export class TimelineItem {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({
    enum: TIMELINE_TYPES,
    description:
      'meeting, action (a follow-up from a meeting with the partner, at its latest state), change (an audited change to the ' +
      'partner record), contact (a contact added, changed, made or no longer primary, removed, restored or moved), agreement ' +
      '(one the partner is party to, at its creation), agreement-change (a later change to it: status, edit, document), ' +
      'signature (a pledge signature linked to the partner, at its latest event)',
  })
  type: TimelineType;
  @ApiProperty({ format: 'uuid', description: 'The record: meeting, action, audit entry, agreement or signature id' }) id: string;
  @ApiProperty({ format: 'uuid', description: 'What the entry is about: the meeting, action, partner, contact, agreement or signature.' })
  subjectId: string;
  @ApiProperty({ description: 'What happened, as a sentence, e.g. "Changed the agreement “Youth MoU” from Draft to Active."' })
  summary: string;
  @ApiProperty({ type: String, nullable: true, description: 'More detail in words: the fields that changed (from → to), the reason given.' })
  detail: string | null;
  @ApiProperty({ type: TimelineActor, nullable: true, description: 'The staff user who did it; null for the system or a member of the public.' })
  actor: TimelineActor | null;
}

export class TimelinePage {
  @ApiProperty({ type: [TimelineItem] }) items: TimelineItem[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
