import { connect } from 'node:net';
import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';

/** What node-postgres keeps of a connection's BackendKeyData (not in its type definitions). */
interface BackendKey {
  processID: number | null;
  secretKey: number | null;
  host: string;
  port: number;
}

/**
 * Runs one read statement that `signal` may abandon: when it aborts, the statement is cancelled on the server (the
 * protocol's CancelRequest, which PgBouncer forwards too) and the signal's reason is thrown. Without a signal it is
 * a plain query. For reads only: a cancelled write would be rolled back, which a caller might not expect.
 */
export async function queryUnlessGone<T>(dataSource: DataSource, sql: string, params: unknown[], signal?: AbortSignal): Promise<T> {
  if (signal === undefined) return dataSource.query<T>(sql, params);
  signal.throwIfAborted();
  const runner = dataSource.createQueryRunner();
  try {
    const client = (await runner.connect()) as PoolClient;
    let cancelled: Promise<void> | undefined;
    const cancel = (): void => {
      cancelled = sendCancelRequest(client as unknown as BackendKey);
    };
    signal.addEventListener('abort', cancel, { once: true });
    try {
      signal.throwIfAborted();
      return (await runner.query(sql, params)) as T;
    } catch (error: unknown) {
      signal.throwIfAborted();
      throw error;
    } finally {
      signal.removeEventListener('abort', cancel);
      // Not back to the pool before the server has taken the cancel: it must not reach the next statement run here.
      await cancelled;
    }
  } finally {
    await runner.release();
  }
}

/**
 * CancelRequest (protocol message 80877102) for the statement running on `key`'s backend, best effort: settles when
 * the server has closed the request's connection, i.e. has signalled the backend (an idle backend ignores it).
 */
function sendCancelRequest(key: BackendKey): Promise<void> {
  if (key.processID === null || key.secretKey === null) return Promise.resolve();
  const message = Buffer.alloc(16);
  message.writeInt32BE(16, 0);
  message.writeInt32BE(80877102, 4);
  message.writeInt32BE(key.processID, 8);
  message.writeInt32BE(key.secretKey, 12);
  const socket = key.host.startsWith('/') ? connect(`${key.host}/.s.PGSQL.${key.port}`) : connect(key.port, key.host);
  socket.once('connect', () => socket.end(message));
  // The server closes the connection without an answer; a failure only means the statement runs to its end.
  socket.once('error', () => socket.destroy());
  return new Promise((resolve) => socket.once('close', () => resolve()));
}
