import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../common/auth/public.decorator.js';
import { sendPage } from '../../pledges/pages/send-page.js';
import { PortalContactUnreachableError, PortalNotClaimableError } from '../portal.errors.js';
import { PortalListingService, type ListingView, type ProposalForm } from '../portal-listing.service.js';
import { formValue, PortalSessions, type PortalPrincipal } from '../portal-sessions.js';
import { PortalSignInService } from '../portal-sign-in.service.js';
import { PortalClaimsService } from '../portal-claims.service.js';
import { PortalOrganisationService, type ContactForm } from '../portal-organisation.service.js';
import { commitmentsPage, contactsPage, claimFormPage, claimSearchPage, claimSentPage, confirmSignInPage, linkSentPage, organisationPage, signedOutPage, signInPage, type ClaimForm } from './portal-pages.js';
import type { FieldProblem } from '../../common/errors/app-error.js';
import { PortalPageErrorsFilter } from './portal-page-errors.filter.js';

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id is an organisation that cannot be claimed, like an unknown one. */
function uuidOrThrow(id: string): string {
  if (!UUID.test(id)) throw new PortalNotClaimableError();
  return id.toLowerCase();
}

const formValues = (body: unknown, name: string): string[] => {
  const value = body !== null && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
};

function contactForm(body: unknown): ContactForm {
  return { fullName: formValue(body, 'fullName'), jobTitle: formValue(body, 'jobTitle'), email: formValue(body, 'email'), phone: formValue(body, 'phone'), preferences: formValues(body, 'preferences') };
}

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
    private readonly claims: PortalClaimsService,
    private readonly organisation: PortalOrganisationService,
  ) {}

  @Get('contacts')
  async contactsList(@Query('saved') saved: string | undefined, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const principal = await this.sessions.require(request);
    const done = saved === 'added' ? 'The contact was added.' : saved === 'updated' ? 'The contact was saved.' : undefined;
    sendPage(reply, 200, contactsPage(principal, await this.organisation.listContacts(principal), undefined, done));
  }

  @Post('contacts')
  async addContact(@Body() body: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const principal = await this.sessions.requireForPost(request, body);
    const form = contactForm(body);
    const problems = await this.organisation.addContact(principal, form);
    if (problems.length > 0) {
      sendPage(reply, 400, contactsPage(principal, await this.organisation.listContacts(principal), { id: null, form, problems }));
      return;
    }
    void reply.status(303).header('location', '/portal/contacts?saved=added').header('cache-control', 'no-store').send();
  }

  @Post('contacts/:contactId')
  async updateContact(@Param('contactId') contactId: string, @Body() body: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const principal = await this.sessions.requireForPost(request, body);
    if (!UUID.test(contactId)) throw new PortalContactUnreachableError('This contact is not one of your organisation\'s.');
    const form = contactForm(body);
    const problems = await this.organisation.updateContact(principal, contactId, Number(formValue(body, 'version')), form);
    if (problems.length > 0) {
      sendPage(reply, 400, contactsPage(principal, await this.organisation.listContacts(principal), { id: contactId, form, problems }));
      return;
    }
    void reply.status(303).header('location', '/portal/contacts?saved=updated').header('cache-control', 'no-store').send();
  }

  @Get('commitments')
  async commitments(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const principal = await this.sessions.require(request);
    const date = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' });
    sendPage(reply, 200, commitmentsPage(principal, await this.organisation.commitments(principal.partnerId), (d) => date.format(d)));
  }

  @Get('claim')
  async claimSearch(@Query('q') q: string | undefined, @Res() reply: FastifyReply): Promise<void> {
    const query = typeof q === 'string' ? q.slice(0, 200) : '';
    sendPage(reply, 200, claimSearchPage(query, query.trim() ? await this.claims.search(query) : null));
  }

  @Get('claim/:partnerId')
  async claimForm(@Param('partnerId') partnerId: string, @Res() reply: FastifyReply): Promise<void> {
    const org = await this.claims.claimable(uuidOrThrow(partnerId));
    sendPage(reply, 200, claimFormPage(org.name, `/portal/claim/${org.id}`, { name: '', email: '', evidence: '' }));
  }

  /** The same page whether the claim is granted at once or waits for staff: the mail says which. */
  @Post('claim/:partnerId')
  async claim(@Param('partnerId') partnerId: string, @Body() body: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    this.sessions.assertSameSite(request);
    const org = await this.claims.claimable(uuidOrThrow(partnerId));
    const form: ClaimForm = { name: formValue(body, 'name'), email: formValue(body, 'email').trim(), evidence: formValue(body, 'evidence') };
    const problems: FieldProblem[] = [];
    if (!form.name.trim() || form.name.length > 200) problems.push({ field: 'name', messages: ['Enter your full name (200 characters at most)'] });
    if (!EMAIL.test(form.email) || form.email.length > 320) problems.push({ field: 'email', messages: ['Enter an email address in the correct format, like name@example.org'] });
    if (form.evidence.length > 2000) problems.push({ field: 'evidence', messages: ['Your role must be 2,000 characters or fewer'] });
    if (problems.length > 0) {
      sendPage(reply, 400, claimFormPage(org.name, `/portal/claim/${org.id}`, form, problems));
      return;
    }
    await this.claims.claim(org.id, form, request.ip);
    sendPage(reply, 200, claimSentPage(org.name));
  }

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
