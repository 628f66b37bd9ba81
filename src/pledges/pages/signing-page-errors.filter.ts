import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import { answerWithErrorPage } from '../../common/errors/page-errors.js';
import { errorPage } from './signer-pages.js';
import { sendPage } from './send-page.js';

/** Errors on the signing pages are pages too: a person reads them (answerWithErrorPage). */
@Catch()
export class SigningPageErrorsFilter implements ExceptionFilter {
  private readonly logger = new Logger('SigningPages');

  catch(thrown: unknown, host: ArgumentsHost): void {
    answerWithErrorPage(thrown, host, this.logger, (reply, status, code, message) => sendPage(reply, status, errorPage(status, code, message)));
  }
}
