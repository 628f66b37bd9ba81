import { Body, Controller, Get, Inject, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../common/auth/public.decorator.js';
import { AppError, type FieldProblem } from '../../common/errors/app-error.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { PledgesService } from '../pledges.service.js';
import { CrossSiteFormError, TextVersionChangedError } from '../pledges.errors.js';
import { SignatureCertificateService } from '../signature-certificate.service.js';
import { SignatureLinks } from '../signature-links.js';
import { signerContext } from '../signer-context.js';
import { SignerLinksService } from '../signer-links.service.js';
import { SigningService } from '../signing.service.js';
import { isCrossSitePost } from '../../common/http/same-origin.js';
import { sendPage } from './send-page.js';
import { EMPTY_FORM, formErrors, readSignForm, validateSignForm } from './sign-form.js';
import { signFormPage } from './sign-form.page.js';
import { SigningPageErrorsFilter } from './signing-page-errors.filter.js';
import { certificatePage, checkEmailPage, nameWithdrawnPage, verifiedPage, verifyPage, withdrawnPage, withdrawPage } from './signer-pages.js';

/** The field problems of an error the form can show next to its fields, else null. */
function fieldProblems(error: unknown): FieldProblem[] | null {
  if (!(error instanceof AppError)) return null;
  const { errors, field } = error.extensions as { errors?: FieldProblem[]; field?: string };
  return errors ?? (typeof field === 'string' ? [{ field, messages: [error.message] }] : null);
}

/** The hosted pages a signer meets: the form, "check your email", and what the emailed links open. */
@ApiExcludeController()
@Public()
@UseFilters(SigningPageErrorsFilter)
@Controller('sign')
export class SigningPagesController {
  constructor(
    private readonly pledges: PledgesService,
    private readonly signing: SigningService,
    private readonly links: SignerLinksService,
    private readonly certificates: SignatureCertificateService,
    private readonly signatureLinks: SignatureLinks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':slug')
  async form(@Param('slug') slug: string, @Res() reply: FastifyReply): Promise<void> {
    sendPage(reply, 200, signFormPage(await this.pledges.publicView(slug), EMPTY_FORM, []));
  }

  /** Invalid: the form again (400/409/422) with an error summary. Valid: 303 to "check your email". */
  @Post(':slug')
  async submit(@Param('slug') slug: string, @Body() body: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    this.assertSameSite(request);
    let view = await this.pledges.publicView(slug);
    const form = readSignForm(body);
    const { dto, problems } = await validateSignForm(form, view.kind);
    if (problems.length > 0) {
      sendPage(reply, 400, signFormPage(view, form, formErrors(problems, view.kind), 'REQUEST.VALIDATION_FAILED'));
      return;
    }
    try {
      await this.signing.submit(view.slug, dto, signerContext(request));
    } catch (error: unknown) {
      const problemsFromService = fieldProblems(error);
      if (!problemsFromService || !(error instanceof AppError)) throw error;
      if (error instanceof TextVersionChangedError) view = await this.pledges.publicView(slug);
      sendPage(reply, error.status, signFormPage(view, form, formErrors(problemsFromService, view.kind), error.code));
      return;
    }
    void reply.status(303).header('location', `/sign/${view.slug}/check-email`).header('cache-control', 'no-store').send();
  }

  @Get(':slug/check-email')
  async checkEmail(@Param('slug') slug: string, @Res() reply: FastifyReply): Promise<void> {
    sendPage(reply, 200, checkEmailPage((await this.pledges.publicView(slug)).title));
  }

  /** Opening the emailed link asks for a click: mail scanners that fetch links must not confirm for a person. */
  @Get('verify/:token')
  async verifyForm(@Param('token') token: string, @Res() reply: FastifyReply): Promise<void> {
    sendPage(reply, 200, verifyPage(await this.links.check(token, 'verify'), `/sign/verify/${token}`));
  }

  @Post('verify/:token')
  async verify(@Param('token') token: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    this.assertSameSite(request);
    const verified = await this.links.verify(token, signerContext(request));
    sendPage(reply, 200, verifiedPage(verified, verified.certificateUrl));
  }

  @Get('withdraw/:token')
  async withdrawForm(@Param('token') token: string, @Res() reply: FastifyReply): Promise<void> {
    sendPage(reply, 200, withdrawPage(await this.links.check(token, 'withdraw'), `/sign/withdraw/${token}`));
  }

  @Post('withdraw/:token')
  async withdraw(@Param('token') token: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    this.assertSameSite(request);
    sendPage(reply, 200, withdrawnPage(await this.links.withdraw(token)));
  }

  /** An individual stops showing their name and keeps the endorsement. */
  @Post('withdraw/:token/name')
  async withdrawName(@Param('token') token: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    this.assertSameSite(request);
    sendPage(reply, 200, nameWithdrawnPage(await this.links.withdrawNameDisplay(token), `/sign/withdraw/${token}`));
  }

  @Get('certificate/:token')
  async certificate(@Param('token') token: string, @Res() reply: FastifyReply): Promise<void> {
    const view = await this.certificates.certificate(token);
    sendPage(reply, 200, certificatePage(view, (d) => this.signatureLinks.formatTime(d)));
  }

  private assertSameSite(request: FastifyRequest): void {
    if (isCrossSitePost(request, this.config.http.publicBaseUrl)) throw new CrossSiteFormError();
  }
}
