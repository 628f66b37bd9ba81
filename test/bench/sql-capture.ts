import pg from 'pg';
import type { Agent } from 'node:http';
import { sendExpecting, type LoadRequest } from './load.js';

/** One statement as the app sent it: text and parameters. */
export interface CapturedStatement {
  text: string;
  values: unknown[];
}

const APP_CONNECTIONS = 'partnership-crm';
const ATTEMPTS = 5;

type Query = (this: pg.Client, ...args: unknown[]) => unknown;

/**
 * The SQL one API request sends, captured from the pg driver while the request runs (the app's connections only,
 * by their application_name): every statement, in order, with its parameters. The request is sent twice and must
 * send the same statements both times, so that a background job of the worker in this process cannot slip in.
 */
export async function captureStatements(agent: Agent, baseUrl: string, request: LoadRequest): Promise<CapturedStatement[]> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const first = await captureOnce(agent, baseUrl, request);
    const second = await captureOnce(agent, baseUrl, request);
    if (JSON.stringify(first) === JSON.stringify(second)) return first;
  }
  throw new Error(`${request.path} sent different SQL on each of ${ATTEMPTS} tries: something else is using the database`);
}

async function captureOnce(agent: Agent, baseUrl: string, request: LoadRequest): Promise<CapturedStatement[]> {
  const captured: CapturedStatement[] = [];
  const prototype = pg.Client.prototype as unknown as { query: Query };
  const original = prototype.query;
  prototype.query = function capture(this: pg.Client, ...args: unknown[]): unknown {
    const params = (this as unknown as { connectionParameters?: { application_name?: string } }).connectionParameters;
    if (params?.application_name === APP_CONNECTIONS) {
      const [first, second] = args;
      if (typeof first === 'string') captured.push({ text: first, values: Array.isArray(second) ? second : [] });
      else if (first !== null && typeof first === 'object' && 'text' in first) {
        const config = first as { text: string; values?: unknown[] };
        captured.push({ text: config.text, values: config.values ?? [] });
      }
    }
    return original.apply(this, args);
  };
  try {
    await sendExpecting(agent, baseUrl, request);
  } finally {
    prototype.query = original;
  }
  return captured;
}

/**
 * A captured statement with its parameters written in as literals, for pgbench's simple protocol: the planner
 * then sees the same constants as with the app's unnamed statements (a custom plan each time).
 */
export function withLiterals(statement: CapturedStatement): string {
  return statement.text.replace(/\$(\d+)/g, (_, n: string) => literal(statement.values[Number(n) - 1]));
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return `'${value.toISOString()}'`;
  if (Array.isArray(value)) return `'{${value.map((v) => `"${String(v).replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}'`;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `'${text.replace(/'/g, "''")}'`;
}
