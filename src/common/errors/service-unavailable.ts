import { HttpStatus } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { AppError } from './app-error.js';

/** How long a client is told to wait before retrying while the database is unreachable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** The database cannot be reached (stopped, restarting, refusing connections): a 503 the client may retry. */
export class ServiceUnavailableError extends AppError {
  constructor(retryAfterSeconds = DATABASE_RETRY_AFTER_SECONDS) {
    super('SERVICE.UNAVAILABLE', HttpStatus.SERVICE_UNAVAILABLE, 'The service is briefly unavailable; try again shortly.', { retryAfterSeconds }, {
      'retry-after': String(retryAfterSeconds),
    });
  }
}

/** SQLSTATEs that say the server or the connection is gone, not that the statement was wrong. */
const OUTAGE_STATES = new Set([
  '57P01', // admin_shutdown (terminated by an operator, or a fast shutdown)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down, in recovery)
  '53300', // too_many_connections
]);
/** Socket errors while reaching the server. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);
/** What pg and pg-pool throw when a connection cannot be had or dies under a query. */
const CONNECTION_MESSAGES = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection terminated due to connection timeout)/;

interface ErrorShape {
  code?: unknown;
  message?: unknown;
  errors?: unknown;
}

/**
 * Whether `error` means "the database is unreachable". TypeORM wraps errors of a statement in QueryFailedError;
 * an error of getting a connection reaches us bare, so a bare PostgreSQL error (one with a SQLSTATE) is one the
 * server sent while refusing the connection (e.g. 55000 "not currently accepting connections", 28000, 3D000) —
 * also an outage as far as a client can tell.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error instanceof QueryFailedError) return isConnectionFailure(error.driverError as ErrorShape, false);
  return isConnectionFailure(error, true) || isConnectionFailure(error.cause as ErrorShape | undefined, true);
}

function isConnectionFailure(error: ErrorShape | undefined, whileConnecting: boolean): boolean {
  if (!error) return false;
  const code = typeof error.code === 'string' ? error.code : '';
  if (NETWORK_CODES.has(code)) return true;
  // AggregateError from a host with several addresses (IPv4 and IPv6), all refusing.
  if (Array.isArray(error.errors) && error.errors.some((e) => isConnectionFailure(e as ErrorShape, whileConnecting))) return true;
  if (typeof error.message === 'string' && CONNECTION_MESSAGES.test(error.message)) return true;
  if (!/^[0-9A-Z]{5}$/.test(code)) return false;
  return OUTAGE_STATES.has(code) || code.startsWith('08') || whileConnecting;
}

/** The error a client should see: a database outage becomes a 503 with Retry-After, anything else is as it was. */
export function clientFacing(exception: unknown): unknown {
  return isDatabaseUnavailable(exception) ? new ServiceUnavailableError() : exception;
}
