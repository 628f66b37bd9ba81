import { Module } from '@nestjs/common';
import { PartnersModule } from '../partners/partners.module.js';
import { DialogueRefreshHandler } from './dialogue-refresh.handler.js';

/** Dialogue jobs, loaded by the worker. */
@Module({ imports: [PartnersModule], providers: [DialogueRefreshHandler] })
export class DialogueWorkerModule {}
