import { HttpStatus } from '@nestjs/common';
import { AppError } from '../common/errors/app-error.js';

export class NothingPublishedError extends AppError {
  constructor(what: 'partner list' | 'paged partner list' | 'list of signatories') {
    super('PUBLICATION.NONE_YET', HttpStatus.NOT_FOUND, `No ${what} has been published yet.`);
  }
}

export class PublishedVersionNotFoundError extends AppError {
  constructor(version?: number) {
    super(
      'PUBLICATION.VERSION_NOT_FOUND',
      HttpStatus.NOT_FOUND,
      version === undefined ? 'There is no such published version.' : `Version ${version} was never published.`,
    );
  }
}

/** A page number past the last page of the latest version; `pages` tells the client where the list ends. */
export class PublishedPageNotFoundError extends AppError {
  constructor(page: number, pages: number) {
    super('PUBLICATION.PAGE_NOT_FOUND', HttpStatus.NOT_FOUND, `The published partner list has ${pages} page(s); there is no page ${page}.`, {
      page,
      pages,
    });
  }
}
