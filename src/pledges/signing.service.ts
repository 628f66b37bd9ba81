import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, Not } from 'typeorm';
import { ValidationFailedError } from '../common/errors/app-error.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { ConsentLedger, CONSENT_PURPOSES } from '../data-protection/consent-ledger.service.js';
import { SuppressionList } from '../data-protection/suppression-list.service.js';
import type { Transaction } from '../database/transaction.js';
import { TransactionRunner } from '../database/transaction.js';
import { OutboxService } from '../mail/outbox.service.js';
import { normaliseCharityNumber, normaliseCompanyNumber } from '../partners/partner-identity.js';
import { RateLimiter } from '../rate-limit/rate-limiter.service.js';
import { ReferenceDataService } from '../reference-data/reference-data.service.js';
import type { ReferenceEntry } from '../reference-data/reference-entry.entity.js';
import { LISTING_CONSENT_WORDING, pledgeTextWording } from './consent-wording.js';
import { SIGNATURE_RECEIVED, type SignPledgeDto, type SignatureReceivedResponse } from './dto/sign-pledge.dto.js';
import { PledgeCatalog, type PledgeWithText } from './pledge-catalog.js';
import { pledgeMails } from './pledge-mails.js';
import type { Pledge } from './pledge.entity.js';
import { TextVersionChangedError, UnknownCommitmentError } from './pledges.errors.js';
import { signatureFieldProblems } from './signature-fields.js';
import { SignatureLinks } from './signature-links.js';
import { SignatureTokens, VERIFY_TOKEN_TTL_HOURS } from './signature-tokens.js';
import { Signature } from './signature.entity.js';
import { emailHash } from './signer-secrets.js';

/** Where a submission or a link click came from: kept as evidence. */
export interface SignerContext {
  ip: string;
  userAgent: string | null;
}

interface Choices {
  organisationKind: ReferenceEntry | null;
  area: ReferenceEntry | null;
  commitments: ReferenceEntry[];
}

const DAY_SECONDS = 86_400;

/**
 * Public signing. Every accepted submission gets the same answer and exactly one mail (while the
 * address is under its daily cap): a verification link for a new or still-pending signature, or an
 * "already signed" note. The response never says which, so it cannot reveal who has signed.
 */
@Injectable()
export class SigningService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly rateLimiter: RateLimiter,
    private readonly outbox: OutboxService,
    private readonly catalog: PledgeCatalog,
    private readonly referenceData: ReferenceDataService,
    private readonly tokens: SignatureTokens,
    private readonly links: SignatureLinks,
    private readonly suppression: SuppressionList,
    private readonly consents: ConsentLedger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async submit(slug: string, dto: SignPledgeDto, context: SignerContext): Promise<SignatureReceivedResponse> {
    // The per-IP limit was counted before the body was read (registerSigningRateLimit).
    const { mailMaxPerEmailPerDay } = this.config.pledges;
    // Honeypot: a field people never see. Answer as usual; record and send nothing.
    if (dto.url) return SIGNATURE_RECEIVED;
    const pledge = await this.catalog.bySlug(this.dataSource.manager, slug);
    const problems = signatureFieldProblems(pledge.pledge.kind, dto);
    if (problems.length > 0) throw new ValidationFailedError(problems);
    // The signature records the version the signer read: never one published after they loaded the page.
    if (dto.textVersion !== undefined && dto.textVersion !== pledge.text.version) throw new TextVersionChangedError(pledge.text.version);
    // An erased person is neither re-added nor re-contacted: the same answer as ever, and nothing stored or sent.
    if (await this.suppression.isSuppressed(dto.email)) return SIGNATURE_RECEIVED;
    const hash = emailHash(dto.email);
    // Counted before the transaction: the limiter must not wait for a pool connection while we hold one.
    const mayMail = (await this.rateLimiter.hit('pledge-mail', hash, mailMaxPerEmailPerDay, DAY_SECONDS)).allowed;
    await this.transactions.run(async (tx) => {
      const choices = await this.resolveChoices(tx.manager, pledge.pledge, dto);
      // Serialises submissions for one address and pledge: parallel duplicates become one signature.
      await tx.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`signature:${pledge.pledge.id}:${hash}`]);
      const existing = await tx.manager.findOne(Signature, {
        where: { pledgeId: pledge.pledge.id, emailHash: hash, status: Not('withdrawn' as const) },
      });
      if (existing && existing.status !== 'submitted') {
        if (mayMail) await this.mailAlreadySigned(tx, existing, pledge.pledge);
        return;
      }
      const listingBefore = existing?.listingConsent ?? false;
      const signature = existing ?? tx.manager.create(Signature);
      applySubmission(signature, pledge, dto, choices, context, hash);
      const saved = await tx.manager.save(signature);
      await this.recordConsents(tx, saved, pledge, listingBefore);
      if (mayMail) await this.mailVerification(tx, saved, pledge.pledge);
    });
    return SIGNATURE_RECEIVED;
  }

  /** Signing is consent to the text (its version and hash); listing or name display is a separate, optional one. */
  private async recordConsents(tx: Transaction, signature: Signature, { pledge, text }: PledgeWithText, listingBefore: boolean): Promise<void> {
    const base = { subjectType: 'signature' as const, subjectId: signature.id, source: 'form' as const };
    const listing = LISTING_CONSENT_WORDING[pledge.kind];
    await this.consents.record(tx.manager, true, {
      ...base,
      purpose: CONSENT_PURPOSES.pledgeSignature,
      wordingVersion: pledgeTextWording(pledge.slug, text.version, text.sha256),
    });
    await this.consents.recordChange(tx.manager, listingBefore, signature.listingConsent, { ...base, purpose: listing.purpose, wordingVersion: listing.version });
  }

  private async resolveChoices(manager: EntityManager, pledge: Pledge, dto: SignPledgeDto): Promise<Choices> {
    const resolve = this.referenceData.resolve.bind(this.referenceData, manager);
    const [organisationKind] = dto.organisationKind ? await resolve('organisationKind', 'organisation-kind', [dto.organisationKind]) : [null];
    const [area] = dto.area ? await resolve('area', 'area', [dto.area]) : [null];
    const offered = new Map(pledge.commitments.filter((c) => !c.retiredAt).map((c) => [c.code, c]));
    const chosen = [...new Set(dto.commitments ?? [])];
    const unknown = chosen.filter((code) => !offered.has(code));
    if (unknown.length > 0) throw new UnknownCommitmentError(unknown);
    return { organisationKind, area, commitments: chosen.map((code) => offered.get(code) as ReferenceEntry) };
  }

  private async mailVerification(tx: Transaction, signature: Signature, pledge: Pledge): Promise<void> {
    const token = await this.tokens.mint(tx.manager, signature.id, 'verify');
    const mail = pledgeMails.verify({
      pledgeTitle: pledge.title,
      signerName: signature.signerName ?? '',
      verifyUrl: this.links.url('verify', token),
      validHours: VERIFY_TOKEN_TTL_HOURS,
    });
    await this.outbox.add(tx, signature.email ?? '', mail);
  }

  private async mailAlreadySigned(tx: Transaction, signature: Signature, pledge: Pledge): Promise<void> {
    // A rejected signature gets no links; the others get fresh ones (only hashes of the old ones exist).
    const live = signature.status !== 'rejected';
    const certificate = live ? await this.tokens.mint(tx.manager, signature.id, 'certificate') : null;
    const withdraw = live ? await this.tokens.mint(tx.manager, signature.id, 'withdraw') : null;
    const mail = pledgeMails.alreadySigned({
      pledgeTitle: pledge.title,
      signedOn: this.links.formatDate(signature.verifiedAt ?? signature.submittedAt),
      certificateUrl: certificate ? this.links.url('certificate', certificate) : null,
      withdrawUrl: withdraw ? this.links.url('withdraw', withdraw) : null,
    });
    await this.outbox.add(tx, signature.email ?? '', mail);
  }
}

/** Fills a new signature, or replaces a still-unverified one's details with the latest submission. */
function applySubmission(
  signature: Signature,
  { pledge, text }: PledgeWithText,
  dto: SignPledgeDto,
  choices: Choices,
  context: SignerContext,
  hash: string,
): void {
  const now = new Date();
  Object.assign(signature, {
    pledgeId: pledge.id,
    pledgeTextId: text.id,
    textVersion: text.version,
    textSha256: text.sha256,
    status: 'submitted',
    organisationName: dto.organisationName ?? null,
    organisationKindId: choices.organisationKind?.id ?? null,
    areaId: choices.area?.id ?? null,
    website: dto.website ?? null,
    companyNumber: normaliseCompanyNumber(dto.companyNumber),
    charityNumber: normaliseCharityNumber(dto.charityNumber),
    signerName: dto.signerName,
    signerJobTitle: dto.jobTitle ?? null,
    email: dto.email,
    emailHash: hash,
    authorityConfirmed: dto.authorityConfirmed ?? false,
    listingConsent: dto.listingConsent ?? false,
    listingConsentAt: dto.listingConsent ? now : null,
    lawfulBasis: 'consent',
    commitments: choices.commitments,
    submittedIp: context.ip,
    submittedUserAgent: context.userAgent?.slice(0, 500) ?? null,
    submittedAt: now,
  } satisfies Partial<Signature>);
}
