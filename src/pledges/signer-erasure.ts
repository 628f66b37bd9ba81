import type { EntityManager } from 'typeorm';

/**
 * Drops whatever names the signer — name, job title, email and its hash, IP addresses and user agents — and
 * every link token (the certificate named them). Keeps the pledge, text version and hash, status, area,
 * commitments, event times and the organisation's own details, so counts and evidence stay honest. An
 * individual's consent to show their name goes with the name. Returns how many signatures were erased.
 */
export async function eraseSigners(
  manager: EntityManager,
  signatureIds: readonly string[],
  options: { keepSignerLinks?: boolean } = {},
): Promise<number> {
  if (signatureIds.length === 0) return 0;
  const [, erased] = await manager.query<[unknown, number]>(
    `UPDATE signatures s
        SET signer_name = NULL, signer_job_title = NULL, email = NULL, email_hash = NULL,
            listing_consent = CASE WHEN p.kind = 'individual' THEN false ELSE s.listing_consent END,
            submitted_ip = NULL, submitted_user_agent = NULL, verified_ip = NULL, verified_user_agent = NULL,
            erased_at = coalesce(s.erased_at, now()), updated_at = now()
       FROM pledges p
      WHERE p.id = s.pledge_id AND s.id = ANY($1::uuid[])`,
    [signatureIds],
  );
  // A signer who withdrew keeps their certificate and withdrawal links: they show only that it was withdrawn.
  const kept = options.keepSignerLinks ? ['certificate', 'withdraw'] : [];
  await manager.query('DELETE FROM signature_tokens WHERE signature_id = ANY($1::uuid[]) AND NOT (purpose::text = ANY($2::text[]))', [
    signatureIds,
    kept,
  ]);
  return erased;
}
