import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { StaffRoute } from '../common/http/api-docs.decorators.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { AppSettingsResponse } from './dto/app-settings.response.js';

@ApiTags('staff app')
@Controller('api/v1/app-settings')
export class WebAppController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  @StaffRoute()
  @ApiOperation({ summary: 'Installation settings the staff app shows things by (time zone)', operationId: 'getAppSettings' })
  @ApiOkResponse({ type: AppSettingsResponse })
  settings(): AppSettingsResponse {
    return { timeZone: this.config.timeZone };
  }
}
