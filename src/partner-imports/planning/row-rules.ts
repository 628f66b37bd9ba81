import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { diffSnapshots } from '../../audit/audit.service.js';
import type { FieldChanges } from '../../audit/audit-entry.entity.js';
import { AppError } from '../../common/errors/app-error.js';
import { flattenValidationErrors } from '../../common/http/validation.js';
import { CreatePartnerDto, UpdatePartnerDto } from '../../partners/dto/partner-write.dto.js';
import { auditSnapshot, toPartnerResponse } from '../../partners/dto/partner.response.js';
import { columnOfField, type PartnerCsvColumn, type PartnerCsvInput } from '../../partners/partner-csv-columns.js';
import { applyPartnerScalars, pickPartnerLists, type PartnerInput } from '../../partners/partner-writer.js';
import { Partner } from '../../partners/partner.entity.js';
import { pickReferenceEntries } from '../../reference-data/reference-data.service.js';
import type { ReferenceCategory, ReferenceEntry } from '../../reference-data/reference-entry.entity.js';
import type { ImportRowProblem } from '../partner-import-row.entity.js';
import type { ImportCatalog } from './import-catalog.js';

/**
 * The API's rules for one CSV row, without the API: the create (or, for a row that updates, the
 * update) body is validated by class-validator on the same DTO, and codes and owners resolve with
 * the same pure functions PartnerWriter uses, against a catalog loaded once per chunk.
 */
export function validateRowBody(input: PartnerCsvInput, updates: boolean): ImportRowProblem[] {
  const dto: object = updates ? plainToInstance(UpdatePartnerDto, input.body) : plainToInstance(CreatePartnerDto, input.body);
  const errors = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true, validationError: { target: false, value: true } });
  return flattenValidationErrors(errors).map(({ field, messages }) => {
    const column = columnOfField(field.split('.')[0]);
    return { column, messages: column ? messages.map((m) => inColumnTerms(m, field, column)) : messages };
  });
}

/** `companyNumber must be…` → `company_number must be…`: the words of the file the user has open. */
function inColumnTerms(message: string, field: string, column: PartnerCsvColumn): string {
  return message.replace(new RegExp(`\\b${field}\\b`, 'g'), column);
}

export type AppliedRow = { partner: Partner; errors?: undefined } | { partner?: undefined; errors: ImportRowProblem[] };

/**
 * Applies a (validated) row to a copy of `base`, or to a new partner. Nothing is written: the
 * result is the partner as it would be, for diffing, the audit trail and set-based writes.
 */
export function applyRow(base: Partner | null, input: PartnerCsvInput, catalog: ImportCatalog, now: Date): AppliedRow {
  const partner = base ? clonePartner(base) : newPartner(now);
  const body = input.body as PartnerInput;
  applyPartnerScalars(partner, body);
  const errors: ImportRowProblem[] = [];
  const attempt = (column: PartnerCsvColumn, work: () => void): void => {
    try {
      work();
    } catch (error: unknown) {
      if (!(error instanceof AppError)) throw error;
      errors.push({ column, messages: [error.message.replace(/^\w+:/, `${column}:`)] });
    }
  };
  const pick = (category: ReferenceCategory, field: string, codes: string[], held: ReferenceEntry[]): ReferenceEntry[] =>
    pickReferenceEntries(catalog.entries(category), field, codes, new Set(held.map((e) => e.code)));
  if (body.kind !== undefined) {
    const kind = body.kind;
    attempt('kind', () => ([partner.kind] = pick('organisation-kind', 'kind', [kind], base ? [base.kind] : [])));
  }
  if (body.area !== undefined) {
    const area = body.area;
    attempt('area', () => ([partner.area] = pick('area', 'area', [area], base ? [base.area] : [])));
  }
  const { priorityAreas, themes, lists } = body;
  if (priorityAreas !== undefined) {
    attempt('priority_areas', () => (partner.priorityAreas = pick('priority-area', 'priorityAreas', priorityAreas, base?.priorityAreas ?? [])));
  }
  if (themes !== undefined) attempt('themes', () => (partner.themes = pick('theme', 'themes', themes, base?.themes ?? [])));
  if (lists !== undefined) attempt('lists', () => (partner.lists = pickPartnerLists(catalog.lists, lists)));
  const ownerProblem = applyOwner(partner, base, input.ownerEmail, catalog);
  if (ownerProblem) errors.push(ownerProblem);
  if (errors.length > 0) return { errors };
  // Validation requires both for a new partner; a row validated by an older rule set could lack them.
  if (!partner.kind || !partner.area) return { errors: [{ column: null, messages: ['kind and area are required'] }] };
  partner.kindId = partner.kind.id;
  partner.areaId = partner.area.id;
  return { partner };
}

/** An owner must be an active staff user, unless the partner already has them (as retired codes are kept). */
function applyOwner(partner: Partner, base: Partner | null, email: string | null | undefined, catalog: ImportCatalog): ImportRowProblem | null {
  if (email === undefined) return null;
  const owner = email === null ? null : catalog.userByEmail(email);
  if (owner === undefined || (owner && !owner.isActive && owner.id !== base?.ownerId)) {
    return { column: 'owner_email', messages: ['owner_email: no active staff user has this email'] };
  }
  partner.owner = owner;
  partner.ownerId = owner?.id ?? null;
  return null;
}

/** Field by field, as the audit trail records a change (bookkeeping fields left out). */
export function changesBetween(before: Partner | null, after: Partner): FieldChanges {
  return diffSnapshots(before ? auditSnapshot(toPartnerResponse(before)) : {}, auditSnapshot(toPartnerResponse(after)));
}

function clonePartner(base: Partner): Partner {
  return Object.assign(new Partner(), base, {
    tags: [...base.tags],
    alternativeNames: [...base.alternativeNames],
    publicFields: [...base.publicFields],
    priorityAreas: [...base.priorityAreas],
    themes: [...base.themes],
    lists: [...base.lists],
  });
}

/** A partner as POST /partners would start it: defaults for everything a CSV row does not set. */
function newPartner(now: Date): Partner {
  return Object.assign(new Partner(), {
    id: '',
    legalName: null,
    alternativeNames: [],
    address: null,
    postcode: null,
    website: null,
    websiteDomain: null,
    companyNumber: null,
    charityNumber: null,
    description: null,
    tags: [],
    status: 'prospect',
    endedAt: null,
    owner: null,
    ownerId: null,
    dialogueCadenceDays: null,
    publicListingConsent: false,
    publicListingConsentAt: null,
    publicListingConsentBy: null,
    publicFields: [],
    externalRef: null,
    priorityAreas: [],
    themes: [],
    lists: [],
    archivedAt: null,
    mergedIntoId: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  });
}
