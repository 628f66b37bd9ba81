import { OmitType } from '@nestjs/swagger';
import { ListPartnersQuery } from './list-partners.query.js';

/** The list's filters and sort, without paging: an export is the whole filtered list. */
export class ExportPartnersQuery extends OmitType(ListPartnersQuery, ['limit', 'cursor'] as const) {}
