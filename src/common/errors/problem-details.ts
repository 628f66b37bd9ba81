import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export class FieldProblemDoc {
  @ApiProperty({ example: 'email' }) field: string;
  @ApiProperty({ type: [String], example: ['email must be an email'] }) messages: string[];
}

/** RFC 9457 problem details, extended with a stable `code` and the request id. */
export class ProblemDetails {
  @ApiProperty({ example: 'https://httpstatuses.io/404', description: 'A URI naming the problem type.' })
  type: string;

  @ApiProperty({ example: 'Not Found' })
  title: string;

  @ApiProperty({ example: 404 })
  status: number;

  @ApiProperty({ example: 'Partner was not found.' })
  detail: string;

  @ApiProperty({ example: '/api/v1/partners/7d0e…' })
  instance: string;

  @ApiProperty({ example: 'PARTNER.NOT_FOUND', description: 'Stable machine-readable error code.' })
  code: string;

  @ApiProperty({ example: 'b6f1c0de-…' })
  requestId: string;

  @ApiPropertyOptional({ description: 'Per-field problems for REQUEST.VALIDATION_FAILED.', type: [FieldProblemDoc] })
  errors?: { field: string; messages: string[] }[];
}
