import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PartnerNotFoundError } from '../partners/partners.errors.js';
import type { AgreementStatus } from './agreement.entity.js';
import { InstitutionCalendar, type CalendarDate } from './calendar.js';
import type { PartyName } from './dto/agreement-summary.response.js';
import { toSchedule } from './dto/agreement.response.js';
import type { CommitmentAgreement, CommitmentGroup, CommitmentRegister, PledgeCommitment } from './dto/commitment-register.response.js';

interface CommitmentRow {
  id: string;
  title: string;
  status: AgreementStatus;
  start_date: string | null;
  end_date: string | null;
  review_date: string | null;
  renewal_notice_date: string | null;
  renewal_notice_days: number | null;
  kind_code: string;
  kind_label: string;
  other_parties: PartyName[];
}

interface PledgeRow {
  id: string;
  slug: string;
  title: string;
  text_version: number;
  status: string;
  verified_at: Date;
  approved_at: Date | null;
  withdrawn_at: Date | null;
}

const ENDED: readonly AgreementStatus[] = ['expired', 'terminated'];

/** The commitment register of one organisation: its agreements by kind, and the pledges it signed. */
@Injectable()
export class CommitmentRegisterService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calendar: InstitutionCalendar,
  ) {}

  /** Current commitments (drafts included); with includeEnded, expired and terminated ones too. */
  async forPartner(partnerId: string, includeEnded: boolean): Promise<CommitmentRegister> {
    const [partner] = await this.dataSource.query<PartyName[]>('SELECT id, name FROM partners WHERE id = $1', [partnerId]);
    if (!partner) throw new PartnerNotFoundError();
    const today = this.calendar.today();
    const items = (await this.rows(partnerId))
      .map((row) => ({ row, item: toCommitment(row, today) }))
      .filter(({ item }) => includeEnded || !ENDED.includes(item.effectiveStatus));
    return { partner, asOf: today, agreements: groupByKind(items), pledges: await this.pledges(partnerId, includeEnded) };
  }

  /** Signatures linked to the organisation that its signer confirmed; rejected ones are not commitments. */
  private async pledges(partnerId: string, includeEnded: boolean): Promise<PledgeCommitment[]> {
    const statuses = includeEnded ? ['verified', 'approved', 'suspended', 'withdrawn'] : ['verified', 'approved', 'suspended'];
    const rows = await this.dataSource.query<PledgeRow[]>(
      `SELECT s.id, p.slug, p.title, s.text_version, s.status::text AS status, s.verified_at, s.approved_at, s.withdrawn_at
         FROM signatures s JOIN pledges p ON p.id = s.pledge_id
        WHERE s.partner_id = $1 AND s.status::text = ANY($2) AND s.verified_at IS NOT NULL
        ORDER BY s.verified_at DESC, s.id`,
      [partnerId, statuses],
    );
    return rows.map((r) => ({
      id: r.id,
      pledge: r.slug,
      title: r.title,
      textVersion: r.text_version,
      status: r.status,
      signedAt: r.verified_at.toISOString(),
      approvedAt: r.approved_at?.toISOString() ?? null,
      withdrawnAt: r.withdrawn_at?.toISOString() ?? null,
      renewalDate: null,
    }));
  }

  /** Ordered by kind (reference-data order), then end date (open-ended last) and title. */
  private rows(partnerId: string): Promise<CommitmentRow[]> {
    return this.dataSource.query<CommitmentRow[]>(
      `SELECT a.id, a.title, a.status, a.start_date::text AS start_date, a.end_date::text AS end_date,
              a.review_date::text AS review_date, a.renewal_notice_date::text AS renewal_notice_date, a.renewal_notice_days,
              k.code AS kind_code, k.label AS kind_label,
              coalesce((SELECT json_agg(json_build_object('id', p.id, 'name', p.name) ORDER BY p.name, p.id)
                          FROM agreement_parties o JOIN partners p ON p.id = o.partner_id
                         WHERE o.agreement_id = a.id AND o.partner_id <> $1), '[]'::json) AS other_parties
         FROM agreement_parties ap
         JOIN agreements a ON a.id = ap.agreement_id
         JOIN reference_entries k ON k.id = a.kind_id
        WHERE ap.partner_id = $1
        ORDER BY k.sort_order, k.code, coalesce(a.end_date, 'infinity'::date), a.title, a.id`,
      [partnerId],
    );
  }
}

function toCommitment(row: CommitmentRow, today: CalendarDate): CommitmentAgreement {
  const dates = { status: row.status, endDate: row.end_date, reviewDate: row.review_date, renewalNoticeDate: row.renewal_notice_date };
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    ...toSchedule(dates, today),
    startDate: row.start_date,
    endDate: row.end_date,
    reviewDate: row.review_date,
    renewalNoticeDays: row.renewal_notice_days,
    otherParties: row.other_parties,
  };
}

function groupByKind(items: { row: CommitmentRow; item: CommitmentAgreement }[]): CommitmentGroup[] {
  const groups = new Map<string, CommitmentGroup>();
  for (const { row, item } of items) {
    const group = groups.get(row.kind_code) ?? { kind: { code: row.kind_code, label: row.kind_label }, agreements: [] };
    group.agreements.push(item);
    groups.set(row.kind_code, group);
  }
  return [...groups.values()];
}
