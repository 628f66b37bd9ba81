import { Module } from '@nestjs/common';
import { MailRelayHandler } from './mail-relay.handler.js';
import { MailSendHandler } from './mail-send.handler.js';
import { MailTransport } from './mail-transport.js';
import { MailModule } from './mail.module.js';

/** The sending side, loaded by the worker only. */
@Module({ imports: [MailModule], providers: [MailTransport, MailSendHandler, MailRelayHandler] })
export class MailWorkerModule {}
