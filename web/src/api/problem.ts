/** An RFC 9457 problem the API answered with (or one the app makes for a failed network call). */
export interface ProblemBody {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code: string;
  errors?: { field: string; messages: string[] }[];
  [extension: string]: unknown;
}

export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  /** Field name (as the API names it) → the one message to show beside it. */
  readonly fieldErrors: Record<string, string>;
  readonly body: ProblemBody;

  constructor(body: ProblemBody) {
    super(body.detail ?? body.code);
    this.name = 'ApiProblem';
    this.body = body;
    this.status = body.status;
    this.code = body.code;
    this.detail = body.detail ?? '';
    this.fieldErrors = Object.fromEntries((body.errors ?? []).map((e) => [e.field, e.messages[0] ?? 'Check this answer.']));
  }
}

function isProblemBody(value: unknown): value is ProblemBody {
  return typeof value === 'object' && value !== null && typeof (value as ProblemBody).code === 'string';
}

/** Turns whatever a failed response carried into an ApiProblem with a code. */
export function toProblem(status: number, body: unknown): ApiProblem {
  if (isProblemBody(body)) return new ApiProblem({ ...body, status: body.status ?? status });
  return new ApiProblem({ status, code: status >= 500 ? 'SERVER.ERROR' : 'REQUEST.ERROR' });
}

export const networkProblem = (): ApiProblem => new ApiProblem({ status: 0, code: 'NETWORK.UNREACHABLE' });
