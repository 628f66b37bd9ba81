import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module.js';
import { PartnersModule } from '../partners/partners.module.js';
import { RateLimitModule } from '../rate-limit/rate-limit.module.js';
import { ReferenceDataModule } from '../reference-data/reference-data.module.js';
import { SigningPagesController } from './pages/signing-pages.controller.js';
import { PartnerFromSignature } from './partner-from-signature.js';
import { PledgeCatalog } from './pledge-catalog.js';
import { PledgeMembership } from './pledge-membership.js';
import { PledgesController } from './pledges.controller.js';
import { PledgesService } from './pledges.service.js';
import { PublicPledgesController } from './public-pledges.controller.js';
import { PublicSignaturesController } from './public-signatures.controller.js';
import { SignatureCertificateService } from './signature-certificate.service.js';
import { SignatureLinks } from './signature-links.js';
import { SignatureWithdrawal } from './signature-withdrawal.js';
import { SignatureReviewService } from './signature-review.service.js';
import { SignatureTokens } from './signature-tokens.js';
import { SignaturesController } from './signatures.controller.js';
import { SignaturesRepository } from './signatures.repository.js';
import { SignerLinksService } from './signer-links.service.js';
import { SigningService } from './signing.service.js';

/** Pledges, public signing (JSON API and hosted pages) and staff review of signatures. */
@Module({
  imports: [MailModule, PartnersModule, RateLimitModule, ReferenceDataModule],
  controllers: [PublicPledgesController, PublicSignaturesController, PledgesController, SignaturesController, SigningPagesController],
  providers: [
    PledgeCatalog,
    PledgesService,
    SigningService,
    SignerLinksService,
    SignatureReviewService,
    SignatureWithdrawal,
    SignatureCertificateService,
    SignaturesRepository,
    SignatureTokens,
    SignatureLinks,
    PledgeMembership,
    PartnerFromSignature,
  ],
})
export class PledgesModule {}
