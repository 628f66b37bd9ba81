import pg from 'pg';

/** Refuses to touch any database whose name does not say it is a test database. */
export function assertTestDatabase(url: string): void {
  const name = new URL(url).pathname.replace(/^\//, '');
  if (!/(^|_)test(_|$)/.test(name)) {
    throw new Error(`Refusing to use database "${name}": test databases must have "test" as a word in their name.`);
  }
}

/** Runs `work` on a connection to the server's maintenance database (`postgres`). */
async function onServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  await onServer(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  });
  return databaseUrl(serverUrl, name);
}

/**
 * A copy of the template database (schema and rows) named `name`, made unless it exists already.
 * PostgreSQL copies the files, so this takes a fraction of a second where migrating would take seconds;
 * nothing may be connected to the template meanwhile.
 */
export async function cloneDatabase(templateUrl: string, name: string): Promise<string> {
  const template = new URL(templateUrl).pathname.replace(/^\//, '');
  const url = databaseUrl(templateUrl, name);
  assertTestDatabase(url);
  await onServer(templateUrl, async (client) => {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  });
  return url;
}

/** URLs of the server's databases whose names are LIKE `pattern`. */
export async function listDatabases(serverUrl: string, pattern: string): Promise<string[]> {
  const rows = await onServer(serverUrl, async (client) =>
    (await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1 ORDER BY datname', [pattern])).rows,
  );
  return rows.map((r) => databaseUrl(serverUrl, r.datname));
}

export async function dropDatabase(url: string): Promise<void> {
  assertTestDatabase(url);
  const name = new URL(url).pathname.replace(/^\//, '');
  await onServer(url, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
