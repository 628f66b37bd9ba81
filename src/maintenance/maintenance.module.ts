import { Module } from '@nestjs/common';
import { PurgeExpiredHandler } from './purge-expired.handler.js';

@Module({ providers: [PurgeExpiredHandler] })
export class MaintenanceModule {}
