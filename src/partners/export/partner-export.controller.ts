import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthenticatedUser } from '../../common/auth/current-user.decorator.js';
import { ApiProblems, StaffRoute } from '../../common/http/api-docs.decorators.js';
import { ExportPartnersQuery } from '../dto/export-partners.query.js';
import { PARTNER_CSV_COLUMNS } from '../partner-csv-columns.js';
import { PartnerCsvExport } from './partner-csv-export.js';

/** Anyone on the staff may export what they may list. */
@ApiTags('partners')
@StaffRoute()
@Controller('api/v1/partners')
export class PartnerExportController {
  constructor(private readonly exporter: PartnerCsvExport) {}

  @Get('export.csv')
  @ApiOperation({
    summary: 'Export the filtered partner list as CSV (streamed; takes the list filters and sort)',
    description:
      `Columns: ${PARTNER_CSV_COLUMNS.join(', ')}, as the import takes them. Cells a spreadsheet would run as a ` +
      'formula are prefixed with a single quote: those starting with a tab, CR or LF, or with =, +, -, @ (or their ' +
      'full-width forms) after any run of spaces (NBSP and other Unicode spaces included), line breaks, `;` or `,`.',
    operationId: 'exportPartnersCsv',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The CSV file (UTF-8 with a byte-order mark).', schema: { type: 'string' } })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'])
  async export(@Query() query: ExportPartnersQuery, @CurrentUser() user: AuthenticatedUser): Promise<StreamableFile> {
    const stream = await this.exporter.stream(query, user.id);
    const date = new Date().toISOString().slice(0, 10);
    return new StreamableFile(stream, { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="partners-${date}.csv"` });
  }
}
