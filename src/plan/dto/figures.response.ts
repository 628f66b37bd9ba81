import { ApiProperty } from '@nestjs/swagger';

export class CountRow {
  @ApiProperty({ description: 'What is counted, e.g. an area code, or `area/kind`.' }) key: string;
  @ApiProperty() count: number;
}

export class AreaEngagement {
  @ApiProperty() area: string;
  @ApiProperty({ description: 'Meetings held with partners of the area in the period.' }) meetings: number;
  @ApiProperty({ description: 'Distinct partners of the area met in the period.' }) partnersEngaged: number;
}

export class OwnerOverdue {
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) ownerId: string | null;
  @ApiProperty({ type: String, nullable: true }) ownerName: string | null;
  @ApiProperty() overdue: number;
}

/**
 * Coverage and activity figures for a period [from, to] (calendar dates, inclusive). Stock figures
 * (partners by area, kind, priority area and theme; agreements) count records that existed by the end of
 * the period and were not archived; flow figures count events inside it; overdue dialogue is as of now.
 */
export class QuarterFigures {
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
  @ApiProperty({ description: 'Live partners at the end of the period.' }) partners: number;
  @ApiProperty({ type: [CountRow], description: 'Keys `area/kind`.' }) partnersByAreaKind: CountRow[];
  @ApiProperty({ type: [CountRow] }) partnersByArea: CountRow[];
  @ApiProperty({ type: [CountRow] }) partnersByPriorityArea: CountRow[];
  @ApiProperty({ type: [CountRow] }) partnersByTheme: CountRow[];
  @ApiProperty() newPartners: number;
  @ApiProperty({ description: 'Signatures verified in the period (all pledges).' }) newSignatories: number;
  @ApiProperty() meetingsHeld: number;
  @ApiProperty() partnersEngaged: number;
  @ApiProperty({ type: [AreaEngagement] }) engagementByArea: AreaEngagement[];
  @ApiProperty({ type: [OwnerOverdue] }) overdueByOwner: OwnerOverdue[];
  @ApiProperty({ type: [CountRow], description: 'Keys `kind/status` (status as recorded).' }) agreementsByKindStatus: CountRow[];
  @ApiProperty({ description: 'Agreements in force whose renewal-notice date falls in the period.' }) renewalsDue: number;
  @ApiProperty({ type: [CountRow], description: 'Keys `pledge/status` for signatures submitted in the period.' }) pledgesByStatus: CountRow[];
  @ApiProperty({ type: [CountRow], description: 'Keys `pledge/area` for signatures submitted in the period.' }) pledgesByArea: CountRow[];
}

export class MonthCount {
  @ApiProperty({ example: '2026-07', description: 'A calendar month in the institution\'s time zone (YYYY-MM).' }) month: string;
  @ApiProperty() count: number;
}

/**
 * The figures screen's figures for a period: a quarter's figures and, month by month across the period
 * (every month listed, zeros included), new partners, new signatories and renewals falling due.
 */
export class PeriodFigures extends QuarterFigures {
  @ApiProperty({ type: [MonthCount], description: 'Partners created in each month of the period (merged ones left out).' }) newPartnersByMonth: MonthCount[];
  @ApiProperty({ type: [MonthCount], description: 'Signatures verified in each month of the period (all pledges).' }) newSignatoriesByMonth: MonthCount[];
  @ApiProperty({ type: [MonthCount], description: 'Agreements in force whose renewal-notice date falls in each month of the period.' }) renewalsDueByMonth: MonthCount[];
}
