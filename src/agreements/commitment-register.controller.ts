import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, StaffRoute } from '../common/http/api-docs.decorators.js';
import { CommitmentRegisterService } from './commitment-register.service.js';
import { CommitmentRegisterQuery } from './dto/commitment-register.query.js';
import { CommitmentRegister } from './dto/commitment-register.response.js';

@ApiTags('agreements')
@StaffRoute()
@Controller('api/v1/partners')
export class CommitmentRegisterController {
  constructor(private readonly register: CommitmentRegisterService) {}

  @Get(':id/commitments')
  @ApiOperation({ summary: 'The organisation\'s commitment register: its agreements by kind and its pledges', operationId: 'getCommitmentRegister' })
  @ApiOkResponse({ type: CommitmentRegister })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [404, 'PARTNER.NOT_FOUND'])
  get(@Param('id', ParseUUIDPipe) id: string, @Query() query: CommitmentRegisterQuery): Promise<CommitmentRegister> {
    return this.register.forPartner(id, query.includeEnded === 'true');
  }
}
