import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../common/auth/public.decorator.js';
import { ApiProblems } from '../common/http/api-docs.decorators.js';
import { PublicPledgeResponse } from './dto/pledge.response.js';
import { SignPledgeDto, SignatureReceivedResponse } from './dto/sign-pledge.dto.js';
import { PledgesService } from './pledges.service.js';
import { signerContext } from './signer-context.js';
import { SigningService } from './signing.service.js';

/** Public signing without an account. The browser page at /sign/{slug} does the same through a form. */
@ApiTags('public pledges')
@Public()
@Controller('public/pledges')
export class PublicPledgesController {
  constructor(
    private readonly pledges: PledgesService,
    private readonly signing: SigningService,
  ) {}

  @Get(':slug')
  @ApiOperation({ summary: 'The current text of a pledge, its version and hash, and the choices a signer has', operationId: 'getPublicPledge' })
  @ApiOkResponse({ type: PublicPledgeResponse })
  @ApiProblems([404, 'PLEDGE.NOT_FOUND'])
  async get(@Param('slug') slug: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<PublicPledgeResponse> {
    const view = await this.pledges.publicView(slug);
    void reply.header('cache-control', 'public, max-age=60');
    return view;
  }

  @Post(':slug/signatures')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Sign a pledge: a confirmation link is emailed; the answer is the same whether or not the address signed before',
    operationId: 'signPledge',
  })
  @ApiAcceptedResponse({ type: SignatureReceivedResponse })
  @ApiProblems(
    [400, 'REQUEST.VALIDATION_FAILED'],
    [404, 'PLEDGE.NOT_FOUND'],
    [409, 'PLEDGE.TEXT_CHANGED'],
    [422, 'REFERENCE.UNKNOWN, REFERENCE.RETIRED, PLEDGE.UNKNOWN_COMMITMENT'],
    [429, 'PLEDGE.RATE_LIMITED'],
  )
  sign(@Param('slug') slug: string, @Body() dto: SignPledgeDto, @Req() request: FastifyRequest): Promise<SignatureReceivedResponse> {
    return this.signing.submit(slug, dto, signerContext(request));
  }
}
