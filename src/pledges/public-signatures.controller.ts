import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/public.decorator.js';
import { ApiProblems } from '../common/http/api-docs.decorators.js';
import { NameDisplayWithdrawnResponse, WithdrawNameDisplayDto } from './dto/name-display.dto.js';
import { SignerLinksService } from './signer-links.service.js';

/** What a signer can do with the links they were emailed, as JSON (the pages under /sign/ do the same). */
@ApiTags('public pledges')
@Public()
@Controller('public/signatures')
export class PublicSignaturesController {
  constructor(private readonly links: SignerLinksService) {}

  @Post('name-display/withdraw')
  @HttpCode(200)
  @ApiOperation({
    summary: 'An individual stops showing their name and keeps the endorsement (token from the withdrawal link)',
    operationId: 'withdrawNameDisplay',
  })
  @ApiOkResponse({ type: NameDisplayWithdrawnResponse })
  @ApiProblems(
    [400, 'REQUEST.VALIDATION_FAILED'],
    [404, 'PLEDGE.TOKEN_INVALID'],
    [410, 'PLEDGE.TOKEN_USED'],
    [422, 'SIGNATURE.NO_NAME_DISPLAY'],
  )
  async withdrawNameDisplay(@Body() dto: WithdrawNameDisplayDto): Promise<NameDisplayWithdrawnResponse> {
    const result = await this.links.withdrawNameDisplay(dto.token);
    return {
      pledgeSlug: result.pledgeSlug,
      pledgeTitle: result.pledgeTitle,
      nameShown: false,
      changed: result.changed,
      message: result.changed
        ? 'Your name will no longer be shown; your endorsement still counts. The public list changes at its next hourly publication.'
        : 'Your name was not shown publicly; nothing has changed.',
    };
  }
}
