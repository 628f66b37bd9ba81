import 'reflect-metadata';
import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { parseArgs } from 'node:util';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource } from 'typeorm';
import { AgreementsModule } from './agreements/agreements.module.js';
import { AuditModule } from './audit/audit.module.js';
import { ROLES, type Role } from './common/auth/roles.decorator.js';
import { flattenValidationErrors } from './common/http/validation.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { DataProtectionCoreModule } from './data-protection/data-protection-core.module.js';
import { seedDemoData } from './devtools/demo-data.js';
import { MailModule } from './mail/mail.module.js';
import { OutboxAdminService } from './mail/outbox-admin.service.js';
import { MeetingsModule } from './meetings/meetings.module.js';
import { PartnersModule } from './partners/partners.module.js';
import { QueueModule } from './queue/queue.module.js';
import { CreateUserDto } from './users/dto/create-user.dto.js';
import { User } from './users/user.entity.js';
import { UsersModule } from './users/users.module.js';
import { UsersService } from './users/users.service.js';

@Module({
  imports: [ConfigModule, DatabaseModule, QueueModule, UsersModule, AuditModule, DataProtectionCoreModule, PartnersModule, MeetingsModule, AgreementsModule, MailModule],
})
class CliModule {}

export const DEMO_ADMIN = { email: 'admin@example.org', password: 'demo-admin-password', displayName: 'Demo Admin' };

const USAGE = `Usage:
  npm run cli -- user:create --email EMAIL --name "NAME" --role admin|officer|viewer [--password PW | reads PW from stdin]
  npm run cli -- seed:demo        create the demo admin (${DEMO_ADMIN.email}) and demo partners if absent
  npm run cli -- migrate          apply pending migrations
  npm run cli -- mail:resend ID [ID...] | --all
                                  send failed mails again (same Message-ID, a fresh retry period); --all: every failed one`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').trim();
}

async function createUser(users: UsersService, args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, password: { type: 'string' } },
  });
  const password = values.password ?? (process.stdin.isTTY ? '' : await readStdin());
  const dto = plainToInstance(CreateUserDto, { email: values.email, displayName: values.name, role: values.role, password });
  const errors = await validate(dto);
  if (errors.length > 0) {
    const problems = flattenValidationErrors(errors).map((e) => `${e.field}: ${e.messages.join('; ')}`);
    throw new Error(`Invalid user:\n  ${problems.join('\n  ')}\nRoles: ${ROLES.join(', ')}`);
  }
  const user = await users.create(dto, { notify: false });
  console.log(`created ${user.role} ${user.email} (${user.id})`);
}

async function seedDemo(app: INestApplicationContext): Promise<void> {
  let admin = await app.get(DataSource).getRepository(User).findOne({ where: { email: DEMO_ADMIN.email } });
  if (!admin) {
    const role: Role = 'admin';
    await app.get(UsersService).create({ ...DEMO_ADMIN, role }, { notify: false });
    admin = await app.get(DataSource).getRepository(User).findOneOrFail({ where: { email: DEMO_ADMIN.email } });
    console.log(`seeded demo admin ${DEMO_ADMIN.email}`);
  }
  if (await seedDemoData(app, admin.id)) console.log('seeded demo partners, meetings and an agreement');
}

/** Resends the failed mails named (or every failed one with --all); audited with no actor (the operator's shell). */
async function resendMail(outbox: OutboxAdminService, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { all: { type: 'boolean' } }, allowPositionals: true });
  const ids = [...positionals];
  if (values.all) {
    for (let cursor: string | undefined; ; ) {
      const page = await outbox.list({ state: 'failed', limit: 100, cursor });
      ids.push(...page.items.map((m) => m.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
  }
  if (ids.length === 0) throw new Error(values.all ? 'no failed mail to resend' : `name the mails to resend, or --all\n${USAGE}`);
  let refused = 0;
  for (const id of ids) {
    try {
      const mail = await outbox.resend(id, null);
      console.log(`resent ${mail.id} (${mail.kind}, attempt ${mail.attempts + 1} next)`);
    } catch (error: unknown) {
      refused += 1;
      console.error(`not resent ${id}: ${error instanceof Error ? error.message : 'unknown error'}`);
    }
  }
  if (refused > 0) throw new Error(`${refused} of ${ids.length} mail(s) not resent`);
}

const COMMANDS = ['user:create', 'seed:demo', 'migrate', 'mail:resend'];

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  if (!command || !COMMANDS.includes(command)) {
    console.error(USAGE);
    process.exit(2);
  }
  const app = await NestFactory.createApplicationContext(CliModule, { logger: ['error'] });
  try {
    const dataSource = app.get(DataSource);
    if (command === 'migrate') {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      console.log(`applied ${applied.length} migration(s)`);
    } else if (command === 'user:create') {
      await createUser(app.get(UsersService), args);
    } else if (command === 'mail:resend') {
      await resendMail(app.get(OutboxAdminService), args);
    } else {
      await seedDemo(app);
    }
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
