import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { sha256 } from './published-entry.js';
import { PUBLICATION_CHANNEL } from './publisher.service.js';

/** One response body in each encoding, with a strong validator per encoding. */
export interface CachedDocument {
  bodies: { identity: Buffer; gzip: Buffer; br: Buffer };
  etags: { identity: string; gzip: string; br: string };
}

/** The latest publication, held in memory with its validators, ready to be written to a socket. */
export interface CachedPublication {
  version: number;
  lastModified: string;
  publishedAtMs: number;
  partners: CachedDocument;
  csv: { body: Buffer; etag: string };
  /** Null for a version published before signatories were. */
  signatories: CachedDocument | null;
}

interface PublicationRow {
  version: number;
  published_at: Date;
  content_hash: string;
  json: Buffer;
  json_gzip: Buffer;
  json_brotli: Buffer;
  csv: Buffer;
  signatories_json: Buffer | null;
  signatories_json_gzip: Buffer | null;
  signatories_json_brotli: Buffer | null;
}

const SAFETY_POLL_MS = 30_000;

/**
 * Serves the public list from memory: no query per request. Each API instance LISTENs for the
 * publisher's NOTIFY and reloads; a slow poll covers a notification lost while reconnecting.
 */
@Injectable()
export class PublicationCache implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Publishing');
  private latest: CachedPublication | null = null;
  private listener?: pg.Client;
  private timer?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get current(): CachedPublication | null {
    return this.latest;
  }

  async onModuleInit(): Promise<void> {
    await this.reload();
    await this.listen();
    this.timer = setInterval(() => void this.reload().catch(() => undefined), SAFETY_POLL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.listener?.end().catch(() => undefined);
  }

  /** Loads the newest publication if it is newer than the one held. */
  async reload(): Promise<void> {
    const [row] = await this.dataSource.query<PublicationRow[]>(
      `SELECT version, published_at, content_hash, json, json_gzip, json_brotli, csv,
              signatories_json, signatories_json_gzip, signatories_json_brotli
         FROM publications WHERE version > $1 ORDER BY version DESC LIMIT 1`,
      [this.latest?.version ?? 0],
    );
    if (row) this.latest = toCached(row);
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.config.database.url, application_name: 'partnership-crm-publication-listener' });
    client.on('notification', () => void this.reload().catch((e: Error) => this.logger.warn({ msg: 'reload failed', error: e.message })));
    client.on('error', () => this.reconnectSoon(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${PUBLICATION_CHANNEL}`);
      this.listener = client;
    } catch {
      this.reconnectSoon(client);
    }
  }

  private reconnectSoon(client: pg.Client): void {
    void client.end().catch(() => undefined);
    if (this.stopped) return;
    setTimeout(() => void this.listen().then(() => this.reload()).catch(() => undefined), 1000).unref();
  }
}

function document(identity: Buffer, gzip: Buffer, br: Buffer, tag: string): CachedDocument {
  return { bodies: { identity, gzip, br }, etags: { identity: `"${tag}"`, gzip: `"${tag}-gz"`, br: `"${tag}-br"` } };
}

function toCached(row: PublicationRow): CachedPublication {
  const { signatories_json: json, signatories_json_gzip: gzip, signatories_json_brotli: br } = row;
  return {
    version: row.version,
    lastModified: row.published_at.toUTCString(),
    publishedAtMs: Math.floor(row.published_at.getTime() / 1000) * 1000,
    partners: document(row.json, row.json_gzip, row.json_brotli, `${row.version}-${row.content_hash.slice(0, 20)}`),
    csv: { body: row.csv, etag: `"${row.version}-${sha256(row.csv).slice(0, 20)}-csv"` },
    signatories: json && gzip && br ? document(json, gzip, br, `${row.version}-${sha256(json).slice(0, 20)}-signatories`) : null,
  };
}
