import { HttpStatus } from '@nestjs/common';
import { AppError, NotFoundError } from '../common/errors/app-error.js';

export class PartnerNotFoundError extends NotFoundError {
  constructor() {
    super('PARTNER.NOT_FOUND', 'Partner');
  }
}

export interface DuplicateCandidate {
  id: string;
  name: string;
  matchedOn: ('name' | 'website' | 'companyNumber' | 'charityNumber')[];
}

export class PossibleDuplicateError extends AppError {
  constructor(candidates: DuplicateCandidate[]) {
    super(
      'PARTNER.POSSIBLE_DUPLICATE',
      HttpStatus.CONFLICT,
      'An organisation with the same name, website or registration number already exists. ' +
        'Check the candidates; to create it anyway, send again with confirmNotDuplicate: true.',
      { candidates },
    );
  }
}

export class ExternalRefTakenError extends AppError {
  constructor() {
    super('PARTNER.EXTERNAL_REF_TAKEN', HttpStatus.CONFLICT, 'Another partner already has this external reference.');
  }
}

export class UnknownOwnerError extends AppError {
  constructor() {
    super('PARTNER.UNKNOWN_OWNER', HttpStatus.UNPROCESSABLE_ENTITY, 'ownerId must be an active staff user.');
  }
}

export class UnknownPartnerListError extends AppError {
  constructor(codes: string[]) {
    super('PARTNER.UNKNOWN_LIST', HttpStatus.UNPROCESSABLE_ENTITY, `lists: unknown code ${codes.join(', ')}.`, { codes });
  }
}

export class CannotMergeError extends AppError {
  constructor(message: string) {
    super('PARTNER.CANNOT_MERGE', HttpStatus.UNPROCESSABLE_ENTITY, message);
  }
}

export class PartnerArchivedError extends AppError {
  constructor() {
    super('PARTNER.ARCHIVED', HttpStatus.CONFLICT, 'The partner is archived; restore it before changing it.');
  }
}

export class BulkUnknownPartnersError extends AppError {
  constructor(ids: string[]) {
    super('PARTNER.BULK_UNKNOWN', HttpStatus.UNPROCESSABLE_ENTITY, `No partner has the id ${ids.join(', ')}; nothing was changed.`, { ids });
  }
}

export class BulkArchivedPartnersError extends AppError {
  constructor(ids: string[]) {
    super('PARTNER.ARCHIVED', HttpStatus.CONFLICT, 'Some of the partners are archived; restore them or leave them out. Nothing was changed.', { ids });
  }
}

export class TooManyTagsError extends AppError {
  constructor(ids: string[], max: number) {
    super('PARTNER.TOO_MANY_TAGS', HttpStatus.UNPROCESSABLE_ENTITY, `A partner can have at most ${max} tags; nothing was changed.`, { ids, max });
  }
}
