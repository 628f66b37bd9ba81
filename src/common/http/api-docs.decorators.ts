import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, ProblemDetails } from '../errors/problem-details.js';

const problemContent = { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemDetails) } } };

/** Documents error responses as RFC 9457 problem+json, with the codes a client may meet. */
export function ApiProblems(...responses: [status: number, codes: string][]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ProblemDetails),
    ...responses.map(([status, codes]) => ApiResponse({ status, description: `Problem: ${codes}`, content: problemContent })),
  );
}

/** Staff route: bearer token required; 401/403 documented. */
export function StaffRoute(): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiBearerAuth(),
    ApiProblems([401, 'AUTH.UNAUTHENTICATED'], [403, 'AUTH.FORBIDDEN']),
  );
}
