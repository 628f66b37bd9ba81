import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AgreementsService } from '../agreements/agreements.service.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import type { CreatePartnerDto } from '../partners/dto/partner-write.dto.js';
import { PartnersService } from '../partners/partners.service.js';

type DemoPartner = Pick<CreatePartnerDto, 'name' | 'kind' | 'area' | 'status' | 'themes' | 'priorityAreas' | 'lists' | 'website'> & {
  /** Days since the last meeting (none: never met). */
  metDaysAgo?: number;
  listed?: boolean;
};

/** Fictional organisations across the city region, a few overdue for dialogue, some listed publicly. */
const PARTNERS: DemoPartner[] = [
  { name: 'Mersey Community Food Trust', kind: 'charity', area: 'liverpool', status: 'active', themes: ['place-and-community'], priorityAreas: ['fairness-and-social-inclusion'], lists: ['strategy-partners', 'pact-partners'], website: 'https://www.merseyfood.example', metDaysAgo: 20, listed: true },
  { name: 'Wirral Waters Enterprise Hub', kind: 'social-enterprise', area: 'wirral', status: 'active', themes: ['knowledge-and-impact'], priorityAreas: ['commercialisation-and-innovation'], lists: ['pact-partners'], website: 'https://www.wirralhub.example', metDaysAgo: 200, listed: true },
  { name: 'Sefton Coast Learning Partnership', kind: 'further-education-college', area: 'sefton', status: 'active', themes: ['people-and-skills'], priorityAreas: ['employment-and-skills', 'adult-education-budget'], lists: ['strategy-partners'], metDaysAgo: 45 },
  { name: 'Knowsley Youth Sport', kind: 'voluntary-or-community-body', area: 'knowsley', status: 'active', themes: ['place-and-community'], priorityAreas: ['health-and-wellbeing'], lists: ['pact-partners'], metDaysAgo: 130, listed: true },
  { name: 'St Helens Glass Heritage', kind: 'charity', area: 'st-helens', status: 'prospect', themes: ['place-and-community'], priorityAreas: ['culture'], lists: [] },
  { name: 'Halton Green Transport CIC', kind: 'social-enterprise', area: 'halton', status: 'active', themes: ['knowledge-and-impact'], priorityAreas: ['transport', 'energy-and-environment'], lists: ['strategy-partners'], metDaysAgo: 400 },
  { name: 'Liverpool City Council', kind: 'local-authority', area: 'liverpool', status: 'active', themes: ['place-and-community', 'knowledge-and-impact'], priorityAreas: ['housing', 'spatial-planning'], lists: ['strategy-partners'], website: 'https://www.liverpool.example', metDaysAgo: 10, listed: true },
  { name: 'North West Housing Cooperative', kind: 'business-sme', area: 'liverpool', status: 'paused', themes: ['place-and-community'], priorityAreas: ['housing', 'homelessness'], lists: [] },
];

/**
 * Demo partners, meetings (some long ago, so partners show as overdue) and an agreement, written through
 * the product's own services so dialogue dates and audit entries are as real ones would be. Skipped once
 * any demo partner exists (they carry external references `demo-<n>`).
 */
export async function seedDemoData(app: INestApplicationContext, adminId: string): Promise<boolean> {
  const [seeded] = await app.get(DataSource).query<unknown[]>(`SELECT 1 FROM partners WHERE external_ref LIKE 'demo-%' LIMIT 1`);
  if (seeded) return false;
  const partners = app.get(PartnersService, { strict: false });
  const meetings = app.get(MeetingsService, { strict: false });
  const ids: string[] = [];
  for (const [i, { metDaysAgo, listed, ...fields }] of PARTNERS.entries()) {
    const partner = await partners.create(
      {
        ...fields,
        ownerId: adminId,
        externalRef: `demo-${i + 1}`,
        confirmNotDuplicate: true,
        publicListing: listed ? { consent: true, fields: ['name', 'website', 'area', 'kind'] } : undefined,
      },
      adminId,
    );
    ids.push(partner.id);
    if (metDaysAgo !== undefined) {
      await meetings.create(
        {
          occurredAt: new Date(Date.now() - metDaysAgo * 86_400_000).toISOString(),
          kind: 'meeting',
          title: `Catch-up with ${fields.name}`,
          partnerIds: [partner.id],
          staffIds: [adminId],
          notes: 'Demo meeting.',
          actions: [{ description: 'Send the notes of the meeting', ownerId: adminId, dueDate: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10) }],
        },
        adminId,
      );
    }
  }
  await app.get(AgreementsService, { strict: false }).create(
    {
      title: 'Community food research MoU',
      kind: 'memorandum-of-understanding',
      parties: [ids[0], ids[6]],
      status: 'active',
      ownerId: adminId,
      startDate: '2025-09-01',
      endDate: '2028-08-31',
      reviewDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
      renewalNoticeDays: 90,
    },
    adminId,
  );
  return true;
}
