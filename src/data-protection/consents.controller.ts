import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, StaffRoute } from '../common/http/api-docs.decorators.js';
import { ConsentsService } from './consents.service.js';
import { ConsentRecordResponse } from './dto/consent.response.js';

/** Consent records of partners (public listing), contacts (communications) and signatures (signing, listing). */
@ApiTags('data protection')
@StaffRoute()
@Controller('api/v1')
export class ConsentsController {
  constructor(private readonly consents: ConsentsService) {}

  @Get('partners/:id/consents')
  @ApiOperation({ summary: 'The organisation\'s consents (public listing): current state and every event', operationId: 'getPartnerConsents' })
  @ApiOkResponse({ type: ConsentRecordResponse })
  @ApiProblems([400, 'REQUEST.BAD_REQUEST'], [404, 'PARTNER.NOT_FOUND'])
  partner(@Param('id', ParseUUIDPipe) id: string): Promise<ConsentRecordResponse> {
    return this.consents.forSubject('partner', id);
  }

  @Get('contacts/:id/consents')
  @ApiOperation({ summary: 'The contact\'s consents (communications by channel): current state and every event', operationId: 'getContactConsents' })
  @ApiOkResponse({ type: ConsentRecordResponse })
  @ApiProblems([400, 'REQUEST.BAD_REQUEST'], [404, 'CONTACT.NOT_FOUND'])
  contact(@Param('id', ParseUUIDPipe) id: string): Promise<ConsentRecordResponse> {
    return this.consents.forSubject('contact', id);
  }

  @Get('signatures/:id/consents')
  @ApiOperation({ summary: 'The signature\'s consents (signing, listing or name display): current state and every event', operationId: 'getSignatureConsents' })
  @ApiOkResponse({ type: ConsentRecordResponse })
  @ApiProblems([400, 'REQUEST.BAD_REQUEST'], [404, 'SIGNATURE.NOT_FOUND'])
  signature(@Param('id', ParseUUIDPipe) id: string): Promise<ConsentRecordResponse> {
    return this.consents.forSubject('signature', id);
  }
}
