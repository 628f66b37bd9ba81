import { Agent, request as httpRequest } from 'node:http';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Benchmark, BenchmarkContext, Measurement } from './benchmark.js';
import { bulkLoad } from './bulk-load.js';
import { assertLoopback } from './load.js';

const SMALL = 1_000;
const MIDDLE = 10_000;
const LARGE = 100_000;
const TAG = 'bench-export';
const SMALL_TAG = 'bench-export-1k';
const MIDDLE_TAG = 'bench-export-10k';
const SAMPLE_MS = 5;
/** How often the live heap is measured (after a full collection) during an export. */
const LIVE_SAMPLE_MS = 500;
const MB = 2 ** 20;

/** A full collection before and after each export, so what is measured is the export, not garbage left from before. */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

interface ExportRun {
  measurement: Measurement;
  rows: number;
  bytes: number;
  peakRssGrowthMb: number;
  peakHeapGrowthMb: number;
  /** With `live`: the most the heap held after a full collection during the export, what it really keeps alive. */
  peakLiveHeapGrowthMb: number;
  /** Heap still used after the export and a full collection: memory the export kept. */
  retainedHeapMb: number;
}

export const benchmark: Benchmark = {
  name: 'partner-export-memory',
  description:
    `GET /api/v1/partners/export.csv streaming ${LARGE.toLocaleString('en-GB')} partners vs ${SMALL.toLocaleString('en-GB')}, rows/s; ` +
    'the settings record the process\'s peak RSS and heap growth during each export (API, worker and this client share the ' +
    'process; the client counts bytes and keeps none), and at 10,000 rows. The raw peaks include garbage not yet collected; ' +
    `"live" heap is sampled after a full collection every ${LIVE_SAMPLE_MS} ms in a second run: flat memory means it does ` +
    'not grow with the export',
  run: async (context) => {
    await seedExportedPartners(context);
    try {
      const token = await context.tokenFor('viewer');
      await exportCsv(context, token, SMALL_TAG, SMALL);
      const baseline = await exportCsv(context, token, SMALL_TAG, SMALL);
      const middle = await exportCsv(context, token, MIDDLE_TAG, MIDDLE);
      const subject = await exportCsv(context, token, TAG, LARGE);
      // Again with full collections during the export (slower: only the memory figures of these runs are used).
      const middleLive = await exportCsv(context, token, MIDDLE_TAG, MIDDLE, true);
      const largeLive = await exportCsv(context, token, TAG, LARGE, true);
      return {
        unit: 'rows/s',
        baseline: baseline.measurement,
        subject: subject.measurement,
        settings: {
          smallRows: baseline.rows,
          largeRows: subject.rows,
          largeBytes: subject.bytes,
          smallPeakRssGrowthMb: baseline.peakRssGrowthMb,
          middlePeakRssGrowthMb: middle.peakRssGrowthMb,
          largePeakRssGrowthMb: subject.peakRssGrowthMb,
          smallPeakHeapGrowthMb: baseline.peakHeapGrowthMb,
          middlePeakHeapGrowthMb: middle.peakHeapGrowthMb,
          largePeakHeapGrowthMb: subject.peakHeapGrowthMb,
          middlePeakLiveHeapGrowthMb: middleLive.peakLiveHeapGrowthMb,
          largePeakLiveHeapGrowthMb: largeLive.peakLiveHeapGrowthMb,
          largeRetainedHeapMb: subject.retainedHeapMb,
        },
      };
    } finally {
      await removeExportedPartners(context);
    }
  },
};

/** 100,000 partners with a priority area each, the first 1,000 and 10,000 also tagged for the smaller exports. */
async function seedExportedPartners(context: BenchmarkContext): Promise<void> {
  await bulkLoad(context.dataSource, ['partners', 'partner_priority_areas'], async (manager) => {
    await manager.query(
      `INSERT INTO partners (name, normalized_name, kind_id, area_id, website, website_domain, postcode, description, tags, status, version)
       SELECT 'Export Partner ' || n, 'export partner ' || n,
              (SELECT id FROM reference_entries WHERE category = 'organisation-kind' AND code = 'charity'),
              (SELECT id FROM reference_entries WHERE category = 'area' AND code = 'liverpool'),
              'https://www.export-partner-' || n || '.org.uk', 'export-partner-' || n || '.org.uk', 'L1 ' || (n % 10) || 'AA',
              'A partner organisation seeded for the export benchmark, with a description of ordinary length.',
              CASE WHEN n <= $1 THEN ARRAY[$4, $5, $6] WHEN n <= $2 THEN ARRAY[$4, $6] ELSE ARRAY[$4] END, 'active', 1
         FROM generate_series(1, $3::int) AS n`,
      [SMALL, MIDDLE, LARGE, TAG, SMALL_TAG, MIDDLE_TAG],
    );
    await manager.query(
      `INSERT INTO partner_priority_areas (partner_id, reference_id)
       SELECT p.id, (SELECT id FROM reference_entries WHERE category = 'priority-area' AND code = 'housing')
         FROM partners p WHERE p.tags @> ARRAY[$1]`,
      [TAG],
    );
  });
}

async function removeExportedPartners(context: BenchmarkContext): Promise<void> {
  await context.dataSource.transaction(async (manager) => {
    await manager.query('SET LOCAL statement_timeout = 0');
    await manager.query('DELETE FROM partners WHERE tags @> ARRAY[$1]', [TAG]);
  });
  await context.dataSource.query('VACUUM ANALYZE partners, partner_priority_areas');
}

/** Streams the export, counting bytes and rows, while sampling the process's memory every few milliseconds. */
async function exportCsv(context: BenchmarkContext, token: string, tag: string, expectedRows: number, live = false): Promise<ExportRun> {
  assertLoopback(context.baseUrl);
  const agent = new Agent({ keepAlive: false });
  collectGarbage();
  const start = process.memoryUsage();
  let peak = { rss: start.rss, heapUsed: start.heapUsed };
  let peakLive = start.heapUsed;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peak = { rss: Math.max(peak.rss, now.rss), heapUsed: Math.max(peak.heapUsed, now.heapUsed) };
  }, SAMPLE_MS);
  const liveSampler = live
    ? setInterval(() => {
        collectGarbage();
        peakLive = Math.max(peakLive, process.memoryUsage().heapUsed);
      }, LIVE_SAMPLE_MS)
    : undefined;
  const started = performance.now();
  try {
    const { bytes, lineBreaks } = await download(agent, context.baseUrl, `/api/v1/partners/export.csv?tag=${tag}`, token);
    const elapsedMs = performance.now() - started;
    const rows = lineBreaks - 1;
    collectGarbage();
    const retained = process.memoryUsage().heapUsed - start.heapUsed;
    if (rows !== expectedRows) throw new Error(`export of tag ${tag} had ${rows} rows, expected ${expectedRows}`);
    return {
      measurement: { name: `GET /api/v1/partners/export.csv (${rows} rows)`, figure: rows / (elapsedMs / 1000), p50Ms: elapsedMs, p95Ms: elapsedMs, samples: 1, elapsedMs },
      rows,
      bytes,
      peakRssGrowthMb: round((peak.rss - start.rss) / MB),
      peakHeapGrowthMb: round((peak.heapUsed - start.heapUsed) / MB),
      peakLiveHeapGrowthMb: round((peakLive - start.heapUsed) / MB),
      retainedHeapMb: round(retained / MB),
    };
  } finally {
    clearInterval(sampler);
    if (liveSampler) clearInterval(liveSampler);
    agent.destroy();
  }
}

/** Reads the body as it arrives and keeps only counts. Cells here hold no line breaks, so CRLFs count records. */
function download(agent: Agent, baseUrl: string, path: string, token: string): Promise<{ bytes: number; lineBreaks: number }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(path, baseUrl), { agent, headers: { authorization: `Bearer ${token}` } }, (res) => {
      if (res.statusCode !== 200) reject(new Error(`${path} answered ${res.statusCode}`));
      let bytes = 0;
      let lineBreaks = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lineBreaks++;
      });
      res.on('error', reject);
      res.on('end', () => resolve({ bytes, lineBreaks }));
    });
    req.on('error', reject);
    req.end();
  });
}

const round = (value: number): number => Math.round(value * 10) / 10;
