import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { directConnection } from '../database/direct-connection.js';
import { sha256 } from './published-entry.js';
import { PUBLICATION_CHANNEL } from './publisher.service.js';

/** One response body in each encoding, with a strong validator per encoding. */
export interface CachedDocument {
  bodies: { identity: Buffer; gzip: Buffer; br: Buffer };
  etags: { identity: string; gzip: string; br: string };
  /** Every encoding's tag: If-None-Match with any of them means the client holds this document. */
  validators: readonly string[];
}

/** A page of the partner list, with its Link header (first, prev, next, last) built once. */
export interface CachedPage extends CachedDocument {
  link: string;
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
  /** The partner list's pages, page N at index N - 1; empty until a version published before paging gets its pages. */
  pages: readonly CachedPage[];
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

interface PageRow {
  page: number;
  content_hash: string;
  json: Buffer;
  json_gzip: Buffer;
  json_brotli: Buffer;
}

/** What is stored for the newest version, to decide whether there is anything to load. */
interface NewestRow {
  version: number;
  pages: number;
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

  /**
   * Loads the newest publication if it is newer than the one held, or its pages if they were stored
   * after it was loaded. One REPEATABLE READ snapshot, so the pages read belong to the version read even
   * if a publish deletes them meanwhile.
   */
  async reload(): Promise<void> {
    const loaded = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const [newest] = await manager.query<NewestRow[]>(
        `SELECT p.version, (SELECT count(*) FROM publication_pages pp WHERE pp.version = p.version)::int AS pages
           FROM publications p ORDER BY p.version DESC LIMIT 1`,
      );
      if (!newest || !this.isNewer(newest.version, newest.pages)) return null;
      const pages = await manager.query<PageRow[]>(
        'SELECT page, content_hash, json, json_gzip, json_brotli FROM publication_pages WHERE version = $1 ORDER BY page',
        [newest.version],
      );
      if (this.latest?.version === newest.version) return { ...this.latest, pages: toCachedPages(newest.version, pages) };
      const [row] = await manager.query<PublicationRow[]>(
        `SELECT version, published_at, content_hash, json, json_gzip, json_brotli, csv,
                signatories_json, signatories_json_gzip, signatories_json_brotli
           FROM publications WHERE version = $1`,
        [newest.version],
      );
      return toCached(row, pages);
    });
    // Reloads may overlap (NOTIFY, the poll, an admin's publish): the newest wins whatever order they finish in.
    if (loaded && this.isNewer(loaded.version, loaded.pages.length)) this.latest = loaded;
  }

  private isNewer(version: number, pages: number): boolean {
    const held = this.latest;
    return !held || version > held.version || (version === held.version && held.pages.length === 0 && pages > 0);
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    // LISTEN holds a session: a direct connection, never through a transaction-mode pooler.
    const client = new pg.Client(directConnection(this.config, 'partnership-crm-publication-listener'));
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
  const etags = { identity: `"${tag}"`, gzip: `"${tag}-gz"`, br: `"${tag}-br"` };
  return { bodies: { identity, gzip, br }, etags, validators: [etags.identity, etags.gzip, etags.br] };
}

function toCached(row: PublicationRow, pages: PageRow[]): CachedPublication {
  const { signatories_json: json, signatories_json_gzip: gzip, signatories_json_brotli: br } = row;
  return {
    version: row.version,
    lastModified: row.published_at.toUTCString(),
    publishedAtMs: Math.floor(row.published_at.getTime() / 1000) * 1000,
    partners: document(row.json, row.json_gzip, row.json_brotli, `${row.version}-${row.content_hash.slice(0, 20)}`),
    csv: { body: row.csv, etag: `"${row.version}-${sha256(row.csv).slice(0, 20)}-csv"` },
    signatories: json && gzip && br ? document(json, gzip, br, `${row.version}-${sha256(json).slice(0, 20)}-signatories`) : null,
    pages: toCachedPages(row.version, pages),
  };
}

function toCachedPages(version: number, rows: PageRow[]): CachedPage[] {
  return rows.map((row) => ({
    ...document(row.json, row.json_gzip, row.json_brotli, `${version}-p${row.page}-${row.content_hash.slice(0, 20)}`),
    link: pageLinks(row.page, rows.length),
  }));
}

/** RFC 8288 links, relative to the list's path; prev and next only where there is such a page. */
function pageLinks(page: number, pages: number): string {
  const link = (n: number, rel: string): string => `</public/partners?page=${n}>; rel="${rel}"`;
  return [
    link(1, 'first'),
    ...(page > 1 ? [link(page - 1, 'prev')] : []),
    ...(page < pages ? [link(page + 1, 'next')] : []),
    link(pages, 'last'),
  ].join(', ');
}
