import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import { answerWithErrorPage } from '../../common/errors/page-errors.js';
import { sendPage } from '../../pledges/pages/send-page.js';
import { portalErrorPage } from './portal-pages.js';

/** Errors in the portal are pages a person reads (answerWithErrorPage). */
@Catch()
export class PortalPageErrorsFilter implements ExceptionFilter {
  private readonly logger = new Logger('PortalPages');

  catch(thrown: unknown, host: ArgumentsHost): void {
    answerWithErrorPage(thrown, host, this.logger, (reply, status, code, message) => sendPage(reply, status, portalErrorPage(status, code, message)));
  }
}
