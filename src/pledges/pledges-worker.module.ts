import { Module } from '@nestjs/common';
import { PurgeUnverifiedSignaturesHandler } from './purge-unverified.handler.js';

/** Pledge jobs, loaded by the worker. */
@Module({ providers: [PurgeUnverifiedSignaturesHandler] })
export class PledgesWorkerModule {}
