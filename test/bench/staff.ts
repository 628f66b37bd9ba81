import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import type { Role } from '../../src/common/auth/roles.decorator.js';
import { PasswordHasher } from '../../src/users/password-hasher.js';
import { UsersService } from '../../src/users/users.service.js';
import { keepAliveAgent, sendExpecting } from './load.js';

export const BENCH_PASSWORD = 'bench-password-long-enough';

/** Signs in over HTTP like a client does and returns the access token. */
export async function signIn(baseUrl: string, email: string, password = BENCH_PASSWORD): Promise<string> {
  const agent = keepAliveAgent(1);
  try {
    const response = await sendExpecting(agent, baseUrl, {
      method: 'POST',
      path: '/api/v1/auth/login',
      body: { email, password },
      expectStatus: 200,
    });
    return (JSON.parse(response.body) as { accessToken: string }).accessToken;
  } finally {
    agent.destroy();
  }
}

/** Creates one active user through the product's own service (no welcome mail) and signs them in. */
export async function createStaffToken(api: INestApplicationContext, baseUrl: string, role: Role): Promise<string> {
  const email = `${role}-${randomUUID()}@bench.test`;
  await api.get(UsersService).create({ email, displayName: `Bench ${role}`, role, password: BENCH_PASSWORD }, { notify: false });
  return signIn(baseUrl, email);
}

/** The product's argon2id hash of BENCH_PASSWORD, for seeding users who can sign in. */
export function benchPasswordHash(api: INestApplicationContext): Promise<string> {
  return api.get(PasswordHasher).hash(BENCH_PASSWORD);
}
