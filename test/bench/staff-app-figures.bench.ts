import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { DialogueDates } from '../../src/dialogue/dialogue-dates.js';
import { UsersService } from '../../src/users/users.service.js';
import { launchBrowser } from '../support/chromium.js';
import type { Benchmark, BenchmarkContext, BenchmarkOutcome, Measurement } from './benchmark.js';
import { summarise } from './latency.js';
import { keepAliveAgent, sendExpecting } from './load.js';
import { ensureMeetings, sharedPartners } from './seed.js';
import { BENCH_PASSWORD, signIn } from './staff.js';

/** From issue 14's acceptance: the figures screen renders within 1.5× the time of the API calls behind it. */
const API_FACTOR = 1.5;
const PARTNERS = 100_000;
const MEETINGS = 1_000_000;
/** Sample 0 warms the API, the database and Chromium's JIT; it is not counted. */
const SAMPLES = 13;
/** A quarter's length; each sample's period ends a week before the last one's, so none is asked for twice. */
const PERIOD_DAYS = 90;
const STEP_DAYS = 7;

interface Period {
  from: string;
  to: string;
}

export const benchmark: Benchmark = {
  name: 'staff-app-figures',
  description:
    `The figures screen in headless Chromium over ${PARTNERS.toLocaleString('en-GB')} partners and ${MEETINGS.toLocaleString('en-GB')} meetings: ` +
    `from submitting a new ${PERIOD_DAYS}-day period to the frame after every chart and table of it is on screen, against GET /api/v1/figures ` +
    `for the same period sent from Node (the one call the screen makes; its reference lists are loaded by then). App and API alternate, ` +
    `first one then the other, ${SAMPLES - 1} counted periods, none repeated. Target: app p50 and p95 ≤ ${API_FACTOR}× the API's. ` +
    'Ratio = API time ÷ app time (1 would mean the app adds nothing; the target is ≥ 0.67)',
  run: async (context) => {
    const started = performance.now();
    await sharedPartners(context.dataSource, PARTNERS);
    await ensureMeetings(context.dataSource, MEETINGS, context.api.get(DialogueDates, { strict: false }), context.config.dialogue.defaultCadenceDays);
    const seedSeconds = Math.round((performance.now() - started) / 100) / 10;
    const email = `figures-${randomUUID()}@bench.test`;
    await context.api.get(UsersService).create({ email, displayName: 'Bench figures officer', role: 'officer', password: BENCH_PASSWORD }, { notify: false });
    const token = await signIn(context.baseUrl, email);
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1280, height: 900 });
      await signInThroughPage(context, page, email);
      return await measure(context, page, token, seedSeconds);
    } finally {
      await browser.close();
    }
  },
};

async function signInThroughPage(context: BenchmarkContext, page: Page, email: string): Promise<void> {
  await page.goto(`${context.baseUrl}/app/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(BENCH_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
}

const day = (offset: number): string => new Date(Date.now() - offset * 86_400_000).toISOString().slice(0, 10);
const periodAt = (i: number): Period => ({ from: day(i * STEP_DAYS + PERIOD_DAYS), to: day(i * STEP_DAYS) });

async function measure(context: BenchmarkContext, page: Page, token: string, seedSeconds: number): Promise<BenchmarkOutcome> {
  // The first visit loads the screen's own chunk and its reference lists.
  const first = periodAt(SAMPLES + 1);
  await page.goto(`${context.baseUrl}/app/figures?from=${first.from}&to=${first.to}`);
  await page.getByRole('table', { name: 'Renewals falling due per month' }).waitFor();
  const app: number[] = [];
  const api: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const period = periodAt(i);
    // Alternating which goes first, so neither always finds the database's caches warmed by the other.
    const appFirst = i % 2 === 0;
    const apiMs = appFirst ? undefined : await callApi(context, token, period);
    const appMs = await renderPeriod(page, period);
    const replayed = apiMs ?? (await callApi(context, token, period));
    if (i === 0) continue;
    app.push(appMs);
    api.push(replayed);
  }
  return outcome(api, app, seedSeconds);
}

/** Types the period into the form, submits it, and times in the page the submit to the frame after every figure of it is shown. */
async function renderPeriod(page: Page, period: Period): Promise<number> {
  await page.getByLabel('From', { exact: true }).fill(period.from);
  await page.getByLabel('To', { exact: true }).fill(period.to);
  await page.evaluate(`(() => {
    performance.clearResourceTimings();
    window.__submittedAt = undefined;
    document.querySelector('form[aria-label="Period"]').addEventListener('submit', () => { window.__submittedAt = performance.now(); }, { capture: true, once: true });
  })()`);
  await page.getByRole('button', { name: 'Show figures' }).click();
  const path = `/api/v1/figures?from=${period.from}&to=${period.to}`;
  const ms = await page.evaluate<number>(`new Promise((resolve) => {
    const ready = () => {
      const fetched = performance.getEntriesByType('resource').some((e) => e.name.endsWith(${JSON.stringify(path)}) && e.responseEnd > 0);
      return fetched && !document.querySelector('.loading') && document.querySelectorAll('.figure-panel').length === 8 &&
        document.querySelector('#headline-heading') !== null;
    };
    const finish = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - window.__submittedAt)));
    if (ready()) return finish();
    const observer = new MutationObserver(() => { if (ready()) { observer.disconnect(); finish(); } });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  })`);
  return ms;
}

/** The screen's one call for the period, from Node: the least time the API needs for it. */
async function callApi(context: BenchmarkContext, token: string, period: Period): Promise<number> {
  const agent = keepAliveAgent(1);
  try {
    const started = performance.now();
    await sendExpecting(agent, context.baseUrl, { method: 'GET', path: `/api/v1/figures?from=${period.from}&to=${period.to}`, headers: { authorization: `Bearer ${token}` }, expectStatus: 200 });
    return performance.now() - started;
  } finally {
    agent.destroy();
  }
}

function outcome(apiMs: number[], appMs: number[], seedSeconds: number): BenchmarkOutcome {
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const baseline: Measurement = summarise('GET /api/v1/figures (one period)', apiMs, sum(apiMs));
  const subject: Measurement = summarise('submit a period → figures rendered', appMs, sum(appMs));
  const p95Target = Math.round(API_FACTOR * baseline.p95Ms * 10) / 10;
  const p50Target = API_FACTOR * baseline.p50Ms;
  console.log(
    `[bench] staff-app-figures: app p50 ${subject.p50Ms.toFixed(1)} / p95 ${subject.p95Ms.toFixed(1)} ms, API p50 ${baseline.p50Ms.toFixed(1)} / ` +
      `p95 ${baseline.p95Ms.toFixed(1)} ms; app ÷ API (summed) ${(sum(appMs) / sum(apiMs)).toFixed(2)}×; goal p95 ≤ ${p95Target} ms: ` +
      `${subject.p95Ms <= p95Target ? 'met' : 'MISSED'}, p50 ≤ ${p50Target.toFixed(1)} ms: ${subject.p50Ms <= p50Target ? 'met' : 'MISSED'}; ` +
      `load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs`,
  );
  return {
    variant: 'period → figures rendered',
    unit: 'per s, one at a time',
    baseline,
    subject,
    settings: { partners: PARTNERS, meetings: MEETINGS, periodDays: PERIOD_DAYS, samples: SAMPLES - 1, apiFactor: API_FACTOR, seedSeconds },
    checks: { sequential: subject, p95TargetMs: p95Target },
  };
}
