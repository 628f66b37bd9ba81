import { Foundation1795418663967 } from '../../migrations/1795418663967-Foundation.js';

/** Every migration in order. A test checks this list matches the files in migrations/. */
export const MIGRATIONS = [Foundation1795418663967];
