import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { StaffRoute } from '../common/http/api-docs.decorators.js';
import { PartnerList } from './partner-list.entity.js';

class PartnerListResponse {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
}

@ApiTags('partners')
@StaffRoute()
@Controller('api/v1/partner-lists')
export class PartnerListsController {
  constructor(@InjectRepository(PartnerList) private readonly lists: Repository<PartnerList>) {}

  @Get()
  @ApiOperation({ summary: 'The partner lists a partner can belong to', operationId: 'listPartnerLists' })
  @ApiOkResponse({ type: PartnerListResponse, isArray: true })
  async list(): Promise<PartnerListResponse[]> {
    const lists = await this.lists.find({ order: { name: 'ASC' } });
    return lists.map(({ code, name, description }) => ({ code, name, description }));
  }
}
