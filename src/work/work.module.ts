import { Module } from '@nestjs/common';
import { WorkController } from './work.controller.js';
import { WorkRepository } from './work.repository.js';
import { WorkService } from './work.service.js';

/** "My work" and the team's: read-only queries over other features' tables; it owns no table. */
@Module({
  controllers: [WorkController],
  providers: [WorkService, WorkRepository],
})
export class WorkModule {}
