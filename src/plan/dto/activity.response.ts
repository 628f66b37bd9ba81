import { ApiProperty } from '@nestjs/swagger';
import { OwnerValue } from '../../partners/dto/partner.response.js';
import { ReferenceValue } from '../../reference-data/dto/reference-entry.dto.js';
import { ACTIVITY_PRIORITIES, ACTIVITY_STATUSES, type ActivityPriority, type ActivityStatus } from '../plan-activity.entity.js';

export class PartnerName {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class ProgressUpdateResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date' }) reportedOn: string;
  @ApiProperty({ enum: ACTIVITY_STATUSES }) status: ActivityStatus;
  @ApiProperty() summary: string;
  @ApiProperty({ type: [String] }) evidenceLinks: string[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) authorId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Set when withdrawn or corrected.' }) withdrawnAt: string | null;
  @ApiProperty({ type: String, nullable: true }) withdrawalReason: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The update this one corrects.' }) correctsId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The update that corrected this one.' }) correctedById: string | null;
}

export class ActivityResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: ReferenceValue }) theme: ReferenceValue;
  @ApiProperty({ enum: ACTIVITY_PRIORITIES }) priority: ActivityPriority;
  @ApiProperty({ enum: ACTIVITY_STATUSES }) status: ActivityStatus;
  @ApiProperty({ type: OwnerValue, nullable: true }) owner: OwnerValue | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) targetDate: string | null;
  @ApiProperty({ type: [ReferenceValue] }) promises: ReferenceValue[];
  @ApiProperty({ type: [ReferenceValue] }) outcomes: ReferenceValue[];
  @ApiProperty({ type: [ReferenceValue] }) priorityAreas: ReferenceValue[];
  @ApiProperty({ type: [PartnerName] }) leadPartners: PartnerName[];
  @ApiProperty({ type: [PartnerName] }) partners: PartnerName[];
  @ApiProperty({ type: ProgressUpdateResponse, nullable: true, description: 'The latest progress update that stands (not withdrawn).' })
  latestProgress: ProgressUpdateResponse | null;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class ActivityList {
  @ApiProperty({ type: [ActivityResponse] }) items: ActivityResponse[];
}

export class CaseStudyResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() story: string;
  @ApiProperty({ type: [PartnerName], description: 'Activities, by id and title (as name).' }) activities: PartnerName[];
  @ApiProperty({ type: [PartnerName] }) partners: PartnerName[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
