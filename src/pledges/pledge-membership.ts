import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { ConsentLedger, CONSENT_PURPOSES } from '../data-protection/consent-ledger.service.js';
import type { PublicProfileField } from '../partners/partner.entity.js';
import { LISTING_CONSENT_WORDING } from './consent-wording.js';
import type { Pledge } from './pledge.entity.js';
import type { Signature } from './signature.entity.js';

/** What an organisation that consents to listing shows by default, unless staff already chose fields. */
const DEFAULT_PUBLIC_FIELDS: readonly PublicProfileField[] = ['name', 'website', 'area', 'kind'];

/**
 * Keeps a partner's place on the pledge's partner list (e.g. 'pact-partners') in step with its
 * signatures: on while it has an approved one, off after suspension, rejection or withdrawal. The
 * publisher (another feature) lists members that consent, so this is what makes a signatory public.
 */
@Injectable()
export class PledgeMembership {
  constructor(
    private readonly audit: AuditService,
    private readonly consents: ConsentLedger,
  ) {}

  /** Approval: the partner joins the list, and its public-listing consent becomes the signature's. */
  async join(manager: EntityManager, pledge: Pledge, signature: Signature, partnerId: string, actorId: string): Promise<void> {
    if (pledge.partnerListId) {
      await manager.query(
        `INSERT INTO partner_list_memberships (partner_id, list_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [partnerId, pledge.partnerListId],
      );
    }
    const [before] = await manager.query<{ consent: boolean }[]>(
      'SELECT public_listing_consent AS consent FROM partners WHERE id = $1',
      [partnerId],
    );
    // Consent given on the public form: recorded with no staff user, at the time the signer gave it.
    await manager.query(
      `UPDATE partners SET public_listing_consent = $2, public_listing_consent_at = $3, public_listing_consent_by = NULL,
              public_fields = CASE WHEN $2 AND cardinality(public_fields) = 0 THEN $4::text[] ELSE public_fields END,
              version = version + 1, updated_at = now()
        WHERE id = $1`,
      [partnerId, signature.listingConsent, signature.listingConsentAt, DEFAULT_PUBLIC_FIELDS],
    );
    await this.consents.recordChange(manager, before?.consent ?? false, signature.listingConsent, {
      subjectType: 'partner',
      subjectId: partnerId,
      purpose: CONSENT_PURPOSES.publicListing,
      source: 'form',
      actorId,
      wordingVersion: LISTING_CONSENT_WORDING.organisational.version,
      details: { signatureId: signature.id },
    });
    await this.audit.record(manager, {
      entityType: 'partner',
      entityId: partnerId,
      action: 'pledge-approved',
      actorId,
      changes: {
        signature: { before: null, after: { id: signature.id, pledge: pledge.slug, textVersion: signature.textVersion } },
        publicListingConsent: { before: before?.consent ?? null, after: signature.listingConsent },
      },
    });
  }

  /**
   * The partner leaves the list unless another approved signature of this pledge still holds it there.
   * On withdrawal, a public-listing consent that came from a public form is cleared too.
   */
  async leave(manager: EntityManager, pledge: Pledge, signature: Signature, action: string, actorId: string | null): Promise<void> {
    const partnerId = signature.partnerId;
    if (!partnerId) return;
    const [other] = await manager.query<unknown[]>(
      `SELECT 1 FROM signatures WHERE pledge_id = $1 AND partner_id = $2 AND status = 'approved' AND id <> $3 LIMIT 1`,
      [pledge.id, partnerId, signature.id],
    );
    if (other) return;
    if (pledge.partnerListId) {
      await manager.query('DELETE FROM partner_list_memberships WHERE partner_id = $1 AND list_id = $2', [partnerId, pledge.partnerListId]);
    }
    const withdrawn = action === 'pledge-withdrawn';
    if (withdrawn) {
      // Consent given through the signing form goes with the signature; consent staff recorded stays.
      const [, cleared] = await manager.query<[unknown, number]>(
        `UPDATE partners SET public_listing_consent = false, public_listing_consent_at = NULL
          WHERE id = $1 AND public_listing_consent AND public_listing_consent_by IS NULL`,
        [partnerId],
      );
      await this.consents.recordChange(manager, cleared > 0, false, {
        subjectType: 'partner',
        subjectId: partnerId,
        purpose: CONSENT_PURPOSES.publicListing,
        source: 'form',
        details: { signatureId: signature.id },
      });
    }
    await manager.query('UPDATE partners SET version = version + 1, updated_at = now() WHERE id = $1', [partnerId]);
    await this.audit.record(manager, {
      entityType: 'partner',
      entityId: partnerId,
      action,
      actorId,
      changes: { signature: { before: { id: signature.id, pledge: pledge.slug }, after: null } },
      reason: signature.statusReason,
    });
  }
}
