import { Inject, Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import type { FieldProblem } from '../common/errors/app-error.js';
import { flattenValidationErrors } from '../common/http/validation.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { TransactionRunner } from '../database/transaction.js';
import { OutboxService } from '../mail/outbox.service.js';
import { UpdatePartnerDto } from '../partners/dto/partner-write.dto.js';
import { PUBLIC_PROFILE_FIELDS, type PublicProfileField } from '../partners/partner.entity.js';
import { PartnersService } from '../partners/partners.service.js';
import type { PublishedPartner } from '../publishing/published-entry.js';
import { PortalProposalDecidedError, PortalProposalNotFoundError } from './portal.errors.js';
import { portalMails } from './portal-mails.js';
import { PortalProposal, type ListingFields, type PortalProposalStatus } from './portal-proposal.entity.js';
import type { PortalPrincipal } from './portal-sessions.js';

/** The fields the portal lets an organisation choose to show (the name is always shown). */
export const PROPOSABLE_PUBLIC_FIELDS = PUBLIC_PROFILE_FIELDS.filter((f) => f !== 'name');

export interface CurrentListing {
  name: string;
  description: string | null;
  website: string | null;
  area: string;
  areaLabel: string;
  kindLabel: string;
  publicFields: PublicProfileField[];
  listingConsent: boolean;
}

export interface ListingView {
  current: CurrentListing;
  /** The organisation's entry in the latest publication, exactly as the public gets it; null if not listed. */
  published: PublishedPartner | null;
  publishedVersion: number | null;
  areas: { code: string; label: string }[];
  pending: number;
}

export interface ProposalForm {
  name: string;
  description: string;
  website: string;
  area: string;
  publicFields: string[];
}

export interface ProposalView {
  id: string;
  partnerId: string;
  organisation: string;
  proposer: { name: string | null; email: string } | null;
  before: ListingFields;
  changes: ListingFields;
  applied: ListingFields | null;
  status: PortalProposalStatus;
  decidedAt: string | null;
  decisionReason: string | null;
  createdAt: string;
}

const sameFields = (a: readonly string[] = [], b: readonly string[] = []): boolean => [...a].sort().join() === [...b].sort().join();

/**
 * An organisation's listing as the portal shows it, the changes it proposes, and staff moderation of them.
 * Approved changes are applied by the partners feature's own service (which audits them), never written here.
 */
@Injectable()
export class PortalListingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly partners: PartnersService,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async view(partnerId: string): Promise<ListingView> {
    const manager = this.dataSource.manager;
    const current = await this.current(manager, partnerId);
    const [published] = await manager.query<{ version: number; entry: PublishedPartner }[]>(
      `SELECT e.version, e.entry FROM publication_entries e
        WHERE e.partner_id = $1 AND e.version = (SELECT max(version) FROM publications)`,
      [partnerId],
    );
    const areas = await manager.query<{ code: string; label: string }[]>(
      `SELECT code, label FROM reference_entries WHERE category = 'area' AND (retired_at IS NULL OR id = (SELECT area_id FROM partners WHERE id = $1)) ORDER BY sort_order, label`,
      [partnerId],
    );
    const [{ count }] = await manager.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM portal_proposals WHERE partner_id = $1 AND status = 'pending'`,
      [partnerId],
    );
    return { current, published: published?.entry ?? null, publishedVersion: published?.version ?? null, areas, pending: count };
  }

  /** Validates like a staff edit would; returns the field problems, or the new proposal's id. */
  async propose(principal: PortalPrincipal, form: ProposalForm): Promise<{ problems: FieldProblem[] } | { id: string }> {
    const current = await this.current(this.dataSource.manager, principal.partnerId);
    const proposed = toFields(form);
    const problems = await validateFields(proposed, current.listingConsent);
    if (problems.length > 0) return { problems };
    const before = fieldsOf(current);
    const changes = changedFields(before, proposed);
    if (Object.keys(changes).length === 0) {
      return { problems: [{ field: 'description', messages: ['Nothing has changed: change at least one field before sending the proposal.'] }] };
    }
    const row = await this.dataSource.manager.save(
      this.dataSource.manager.create(PortalProposal, { partnerId: principal.partnerId, portalUserId: principal.portalUserId, before, changes, applied: null, status: 'pending' }),
    );
    return { id: row.id };
  }

  async list(status: PortalProposalStatus, limit: number): Promise<ProposalView[]> {
    const rows = await this.dataSource.query<ProposalRow[]>(`${PROPOSAL_SELECT} WHERE pr.status = $1 ORDER BY pr.created_at, pr.id LIMIT $2`, [status, limit]);
    return rows.map(toView);
  }

  async get(id: string): Promise<ProposalView> {
    const [row] = await this.dataSource.query<ProposalRow[]>(`${PROPOSAL_SELECT} WHERE pr.id = $1`, [id]);
    if (!row) throw new PortalProposalNotFoundError();
    return toView(row);
  }

  /**
   * Applies the proposal (or staff's edit of it, `edited`) through the partners service, with an audit reason
   * naming the proposer; the change is in the next publication. Refused once decided.
   */
  async approve(id: string, edited: ListingFields | undefined, actorId: string): Promise<ProposalView | { problems: FieldProblem[] }> {
    const proposal = await this.get(id);
    if (proposal.status !== 'pending') throw new PortalProposalDecidedError(proposal.status);
    const partner = await this.partners.get(proposal.partnerId);
    const applied = edited ? changedFields(proposal.before, { ...proposal.before, ...proposal.changes, ...edited }) : proposal.changes;
    const problems = await validateFields({ ...proposal.before, ...applied }, partner.publicListing.consent);
    if (problems.length > 0) return { problems };
    const claimed = await this.dataSource.query<{ id: string }[]>(
      `UPDATE portal_proposals SET status = 'approved', decided_by = $2, decided_at = now(), applied = $3 WHERE id = $1 AND status = 'pending' RETURNING id`,
      [id, actorId, JSON.stringify(applied)],
    );
    if (claimed.length === 0) throw new PortalProposalDecidedError('decided');
    try {
      const who = proposal.proposer ? `${proposal.proposer.name ?? 'a portal user'} <${proposal.proposer.email}>` : 'a former portal user';
      const dto = toUpdateDto(applied, partner.publicListing.consent, `Proposed in the partner portal by ${who}; approved by staff (proposal ${id})`);
      if (Object.keys(dto).length > 1) await this.partners.update(proposal.partnerId, dto, partner.version, actorId);
    } catch (error: unknown) {
      await this.dataSource.query(`UPDATE portal_proposals SET status = 'pending', decided_by = NULL, decided_at = NULL, applied = NULL WHERE id = $1`, [id]);
      throw error;
    }
    if (proposal.proposer) {
      const email = proposal.proposer.email;
      await this.transactions.run((tx) => this.outbox.add(tx, email, portalMails.proposalApproved({ organisation: proposal.organisation, portalUrl: this.portalUrl() })));
    }
    return this.get(id);
  }

  /** Declines the proposal; the reason is mailed to the proposer. */
  async reject(id: string, reason: string, actorId: string): Promise<ProposalView> {
    await this.transactions.run(async (tx) => {
      const [row] = await tx.manager.query<ProposalRow[]>(`${PROPOSAL_SELECT} WHERE pr.id = $1 FOR UPDATE OF pr`, [id]);
      if (!row) throw new PortalProposalNotFoundError();
      if (row.status !== 'pending') throw new PortalProposalDecidedError(row.status);
      await tx.manager.query(`UPDATE portal_proposals SET status = 'rejected', decided_by = $2, decided_at = now(), decision_reason = $3 WHERE id = $1`, [id, actorId, reason]);
      if (row.proposer_email) {
        await this.outbox.add(tx, row.proposer_email, portalMails.proposalRejected({ organisation: row.organisation, reason, portalUrl: this.portalUrl() }));
      }
    });
    return this.get(id);
  }

  private portalUrl(): string {
    return `${this.config.http.publicBaseUrl}/portal`;
  }

  private async current(manager: EntityManager, partnerId: string): Promise<CurrentListing> {
    const [row] = await manager.query<{ name: string; description: string | null; website: string | null; area: string; area_label: string; kind_label: string; public_fields: PublicProfileField[]; public_listing_consent: boolean }[]>(
      `SELECT p.name, p.description, p.website, a.code AS area, a.label AS area_label, k.label AS kind_label, p.public_fields, p.public_listing_consent
         FROM partners p JOIN reference_entries a ON a.id = p.area_id JOIN reference_entries k ON k.id = p.kind_id WHERE p.id = $1`,
      [partnerId],
    );
    return {
      name: row.name,
      description: row.description,
      website: row.website,
      area: row.area,
      areaLabel: row.area_label,
      kindLabel: row.kind_label,
      publicFields: [...row.public_fields].sort(),
      listingConsent: row.public_listing_consent,
    };
  }
}

interface ProposalRow {
  id: string;
  partner_id: string;
  organisation: string;
  proposer_name: string | null;
  proposer_email: string | null;
  before: ListingFields;
  changes: ListingFields;
  applied: ListingFields | null;
  status: PortalProposalStatus;
  decided_at: Date | null;
  decision_reason: string | null;
  created_at: Date;
}

const PROPOSAL_SELECT = `SELECT pr.id, pr.partner_id, p.name AS organisation, u.display_name AS proposer_name, u.email AS proposer_email,
    pr.before, pr.changes, pr.applied, pr.status, pr.decided_at, pr.decision_reason, pr.created_at
  FROM portal_proposals pr JOIN partners p ON p.id = pr.partner_id LEFT JOIN portal_users u ON u.id = pr.portal_user_id`;

function toView(r: ProposalRow): ProposalView {
  return {
    id: r.id,
    partnerId: r.partner_id,
    organisation: r.organisation,
    proposer: r.proposer_email ? { name: r.proposer_name, email: r.proposer_email } : null,
    before: r.before,
    changes: r.changes,
    applied: r.applied,
    status: r.status,
    decidedAt: r.decided_at?.toISOString() ?? null,
    decisionReason: r.decision_reason,
    createdAt: r.created_at.toISOString(),
  };
}

function fieldsOf(c: CurrentListing): ListingFields {
  return { name: c.name, description: c.description, website: c.website, area: c.area, publicFields: c.publicFields };
}

function toFields(form: ProposalForm): ListingFields {
  const text = (v: string): string | null => (v.trim() === '' ? null : v.trim());
  return {
    name: form.name.trim(),
    description: text(form.description),
    website: text(form.website),
    area: form.area.trim(),
    publicFields: ['name', ...form.publicFields.filter((f) => (PROPOSABLE_PUBLIC_FIELDS as readonly string[]).includes(f))].sort(),
  };
}

/** Only what differs from `before`. */
export function changedFields(before: ListingFields, after: ListingFields): ListingFields {
  const changes: ListingFields = {};
  if (after.name !== undefined && after.name !== before.name) changes.name = after.name;
  if (after.description !== undefined && after.description !== before.description) changes.description = after.description;
  if (after.website !== undefined && after.website !== before.website) changes.website = after.website;
  if (after.area !== undefined && after.area !== before.area) changes.area = after.area;
  if (after.publicFields !== undefined && !sameFields(after.publicFields, before.publicFields)) changes.publicFields = [...after.publicFields].sort();
  return changes;
}

function toUpdateDto(fields: ListingFields, consent: boolean, reason: string): UpdatePartnerDto {
  const dto: UpdatePartnerDto = { reason };
  if (fields.name !== undefined) dto.name = fields.name;
  if (fields.description !== undefined) dto.description = fields.description;
  if (fields.website !== undefined) dto.website = fields.website;
  if (fields.area !== undefined) dto.area = fields.area;
  if (fields.publicFields !== undefined) dto.publicListing = { consent, fields: fields.publicFields as PublicProfileField[] };
  return dto;
}

/** The partners feature's own write rules (the staff edit DTO), so a proposal can never be one staff could not make. */
async function validateFields(fields: ListingFields, consent: boolean): Promise<FieldProblem[]> {
  const dto = plainToInstance(UpdatePartnerDto, toUpdateDto(fields, consent, 'check'));
  const problems = flattenValidationErrors(await validate(dto, { whitelist: true, forbidNonWhitelisted: true }));
  return problems.map((p) => (p.field.startsWith('publicListing') ? { ...p, field: 'publicFields' } : p));
}
