import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../common/auth/public.decorator.js';
import { sendPage } from '../../pledges/pages/send-page.js';
import { PortalListingService, type ListingView, type ProposalForm } from '../portal-listing.service.js';
import { formValue, PortalSessions, type PortalPrincipal } from '../portal-sessions.js';
import { PortalSignInService } from '../portal-sign-in.service.js';
import { confirmSignInPage, linkSentPage, organisationPage, signedOutPage, signInPage } from './portal-pages.js';
import { PortalPageErrorsFilter } from './portal-page-errors.filter.js';

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}$/;

const formValues = (body: unknown, name: string): string[] => {
  const value = body !== null && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
};

function currentForm(view: ListingView): ProposalForm {
  const c = view.current;
  return { name: c.name, description: c.description ?? '', website: c.website ?? '', area: c.area, publicFields: c.publicFields };
}

/**
 * The partner portal: server-rendered pages like the signing pages (no script, the same CSP), with its own
 * session cookie. Staff bearer tokens mean nothing here, and the portal cookie means nothing to the staff API.
 */
@ApiExcludeController()
@Public()
@UseFilters(PortalPageErrorsFilter)
@Controller('portal')
export class PortalPagesController {
  constructor(
    private readonly sessions: PortalSessions,
    private readonly signIn: PortalSignInService,
    private readonly listing: PortalListingService,
  ) {}

  @Get('sign-in')
  signInForm(@Res() reply: FastifyReply): void {
    sendPage(reply, 200, signInPage(''));
  }

  /** The same page whether or not the address is known. */
  @Post('sign-in')
  async requestLink(@Body() body: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    this.sessions.assertSameSite(request);
    const email = formValue(body, 'email').trim();
    if (!EMAIL.test(email)) {
      sendPage(reply, 400, signInPage(email, [{ field: 'email', messages: ['Enter an email address in the correct format, like name@example.org'] }]));
      return;
    }
    await this.signIn.requestLink(email, request.ip);
    sendPage(reply, 200, linkSentPage());
  }

  @Get('sign-in/:partnerId/:token')
  async confirmSignIn(@Param('partnerId') partnerId: string, @Param('token') token: string, @Res() reply: FastifyReply): Promise<void> {
    const target = await this.signIn.check(partnerId, token);
    sendPage(reply, 200, confirmSignInPage(target.organisation, `/portal/sign-in/${partnerId}/${token}`));
  }

  @Post('sign-in/:partnerId/:token')
  async redeem(@Param('partnerId') partnerId: string, @Param('token') token: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    this.sessions.assertSameSite(request);
    const { cookie } = await this.signIn.redeem(partnerId, token);
    void reply.status(303).header('set-cookie', cookie).header('location', '/portal').header('cache-control', 'no-store').send();
  }

  @Post('sign-out')
  async signOut(@Body() body: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const principal = await this.sessions.requireForPost(request, body);
    await this.sessions.end(principal);
    void reply.header('set-cookie', this.sessions.clearedCookie());
    sendPage(reply, 200, signedOutPage());
  }

  @Get()
  async home(@Query('sent') sent: string | undefined, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const principal = await this.sessions.require(request);
    const view = await this.listing.view(principal.partnerId);
    sendPage(reply, 200, organisationPage(principal, view, currentForm(view), [], sent === '1'));
  }

  @Post('proposals')
  async propose(@Body() body: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const principal = await this.sessions.requireForPost(request, body);
    const form: ProposalForm = {
      name: formValue(body, 'name'),
      description: formValue(body, 'description'),
      website: formValue(body, 'website'),
      area: formValue(body, 'area'),
      publicFields: formValues(body, 'publicFields'),
    };
    const result = await this.proposeChecked(principal, form);
    if ('problems' in result) {
      sendPage(reply, 400, organisationPage(principal, await this.listing.view(principal.partnerId), form, result.problems));
      return;
    }
    void reply.status(303).header('location', '/portal?sent=1').header('cache-control', 'no-store').send();
  }

  private async proposeChecked(principal: PortalPrincipal, form: ProposalForm): ReturnType<PortalListingService['propose']> {
    const view = await this.listing.view(principal.partnerId);
    if (!view.areas.some((a) => a.code === form.area)) return { problems: [{ field: 'area', messages: ['Choose an area from the list.'] }] };
    return this.listing.propose(principal, form);
  }
}
