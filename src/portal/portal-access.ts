import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { emailHash } from '../pledges/signer-secrets.js';
import type { PortalAccessBasis } from './portal-user.entity.js';

/** One organisation an address may sign in for, and why. */
export interface PortalEligibility {
  partnerId: string;
  organisation: string;
  basis: PortalAccessBasis;
  contactId: string | null;
  displayName: string | null;
}

export const emailKey = (email: string): string => email.trim().toLowerCase();

/**
 * Who may use the portal for which organisation, read from the records the other features own (contacts,
 * approved organisational signatures) and from the portal's own users. Reads only: nothing here writes them.
 */
@Injectable()
export class PortalAccess {
  /** Every live organisation the address may sign in for, once each (the strongest reason first). */
  async organisationsFor(manager: EntityManager, email: string, partnerId?: string): Promise<PortalEligibility[]> {
    const key = emailKey(email);
    const rows = await manager.query<{ partner_id: string; name: string; basis: PortalAccessBasis; contact_id: string | null; display_name: string | null }[]>(
      `SELECT * FROM (
         SELECT p.id AS partner_id, p.name, 'contact' AS basis, c.id AS contact_id, c.full_name AS display_name, 1 AS rank
           FROM contacts c JOIN partners p ON p.id = c.partner_id
          WHERE lower(c.email) = $1 AND c.archived_at IS NULL AND c.erased_at IS NULL AND p.archived_at IS NULL
         UNION ALL
         SELECT p.id, p.name, 'signer', NULL, s.signer_name, 2
           FROM signatures s JOIN pledges pl ON pl.id = s.pledge_id JOIN partners p ON p.id = s.partner_id
          WHERE s.email_hash = $2 AND s.status = 'approved' AND pl.kind = 'organisational' AND p.archived_at IS NULL
         UNION ALL
         SELECT p.id, p.name, u.basis, u.contact_id, u.display_name, 3
           FROM portal_users u JOIN partners p ON p.id = u.partner_id
          WHERE u.email_key = $1 AND u.status = 'active' AND p.archived_at IS NULL
       ) e
       WHERE $3::uuid IS NULL OR e.partner_id = $3::uuid
       ORDER BY e.name, e.partner_id, e.rank`,
      [key, emailHash(email), partnerId ?? null],
    );
    const seen = new Map<string, PortalEligibility>();
    for (const r of rows) {
      if (!seen.has(r.partner_id)) {
        seen.set(r.partner_id, { partnerId: r.partner_id, organisation: r.name, basis: r.basis, contactId: r.contact_id, displayName: r.display_name });
      }
    }
    return [...seen.values()];
  }
}
