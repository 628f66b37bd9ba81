import type { TestApp } from './test-app.js';

/**
 * Edits a partner through the API as staff would: reads it, then PATCHes with If-Match on the version
 * read. Returns the partner as the PATCH answered.
 */
export async function editPartner(app: TestApp, token: string, partnerId: string, changes: Record<string, unknown>): Promise<Record<string, unknown>> {
  const auth = { authorization: `Bearer ${token}` };
  const { body: partner } = await app.http().get(`/api/v1/partners/${partnerId}`).set(auth).expect(200);
  const { body: edited } = await app
    .http()
    .patch(`/api/v1/partners/${partnerId}`)
    .set(auth)
    .set('if-match', `"${(partner as { version: number }).version}"`)
    .send(changes)
    .expect(200);
  return edited as Record<string, unknown>;
}
