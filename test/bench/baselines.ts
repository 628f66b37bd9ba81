import type { LoadRequest } from './load.js';

/** The cheapest route the API has (public, no database): what the framework and HTTP cost on their own. */
export const HEALTH_LIVE: LoadRequest = { method: 'GET', path: '/health/live', expectStatus: 200 };
export const HEALTH_LIVE_NAME = 'GET /health/live';
