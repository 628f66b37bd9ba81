import { describe, expect, it } from '@jest/globals';
import { toAppConfig } from '../../src/config/app-config.js';
import { validateEnvironment } from '../../src/config/environment.js';
import { daysBetween, describeDue, groupDigest, type DigestOptions } from '../../src/reminders/reminder-digest.js';
import { renderDigestMail } from '../../src/reminders/reminder-digest.mail.js';
import type { ReminderItem } from '../../src/reminders/reminder-query.js';

const options: DigestOptions = { runDate: '2030-01-10', baseUrl: 'https://crm.example.org', dueSoonDays: 14, escalateAfterDays: 30 };

let seq = 0;
const item = (overrides: Partial<ReminderItem>): ReminderItem => ({
  section: 'dialogue-overdue',
  itemType: 'partner',
  itemId: `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`,
  cycle: 'overdue-2030-01-01',
  dueOn: '2030-01-01',
  label: `Partner ${seq}`,
  detail: null,
  linkPath: `/api/v1/partners/p${seq}`,
  ownerName: null,
  ...overrides,
});

describe('reminder digest grouping', () => {
  it('counts whole calendar days and says how far off a due date is', () => {
    expect(daysBetween('2030-03-30', '2030-03-31')).toBe(1);
    expect(daysBetween('2030-01-10', '2029-12-31')).toBe(-10);
    expect(describeDue('2030-01-10', '2030-01-09')).toBe('overdue by 1 day (due 2030-01-09)');
    expect(describeDue('2030-01-10', '2030-01-10')).toBe('due today (2030-01-10)');
    expect(describeDue('2030-01-10', '2030-01-13')).toBe('due in 3 days (2030-01-13)');
  });

  it('groups items into fixed sections, most urgent first, leaving out empty sections', () => {
    const sections = groupDigest(
      [
        item({ section: 'action', itemType: 'action', label: 'Send the MoU', detail: 'Quarterly catch-up', dueOn: '2030-01-12', linkPath: '/api/v1/meetings/m1' }),
        item({ label: 'Later overdue', dueOn: '2030-01-05' }),
        item({ label: 'Earlier overdue', dueOn: '2029-12-01' }),
        item({ section: 'escalated', label: 'Nobody\'s partner', detail: 'dialogue', dueOn: '2029-11-01' }),
      ],
      options,
    );
    expect(sections.map((s) => s.key)).toEqual(['dialogue-overdue', 'action', 'escalated']);
    expect(sections[0].lines.map((l) => l.label)).toEqual(['Earlier overdue', 'Later overdue']);
    expect(sections[1].lines[0]).toEqual({
      label: 'Send the MoU',
      when: 'due in 2 days (2030-01-12)',
      context: 'from the meeting "Quarterly catch-up"',
      url: 'https://crm.example.org/api/v1/meetings/m1',
    });
    expect(sections[2].lines[0].context).toBe('dialogue, owner: nobody');
    expect(sections[2].title).toContain('more than 30 days');
  });

  it('lists at most the section limit and counts the rest, linking to the full list', () => {
    const many = Array.from({ length: 5 }, (_, n) => item({ section: 'dialogue-due-soon', dueOn: `2030-01-1${n + 1}` }));
    const [section] = groupDigest(many, { ...options, maxPerSection: 3 });
    expect(section.lines).toHaveLength(3);
    expect(section.more).toBe(2);
    expect(section.listUrl).toBe('https://crm.example.org/api/v1/dialogue/overdue?owner=me&dueWithinDays=14');
  });
});

describe('reminder digest mail', () => {
  const sections = groupDigest(
    [item({ label: 'Acme <Trust> & Co', linkPath: '/api/v1/partners/abc' }), item({ section: 'dialogue-due-soon', label: 'Beta', dueOn: '2030-01-20' })],
    options,
  );
  const mail = renderDigestMail({ recipientName: 'Sam', runDate: '2030-01-10', sections, itemCount: 2 });

  it('has a subject with the run date and count, and a text part listing each item with its link', () => {
    expect(mail.kind).toBe('reminder-digest');
    expect(mail.subject).toBe('Partnership reminders for 2030-01-10: 2 items');
    expect(mail.text).toContain('Partners overdue for dialogue:\n- Acme <Trust> & Co: overdue by 9 days (due 2030-01-01)\n  https://crm.example.org/api/v1/partners/abc');
    expect(mail.text).toContain('Partners due for dialogue within 14 days:\n- Beta: due in 10 days (2030-01-20)');
  });

  it('has an HTML part with escaped names and links to the records', () => {
    expect(mail.html).toContain('<a href="https://crm.example.org/api/v1/partners/abc">Acme &lt;Trust&gt; &amp; Co</a>');
    expect(mail.html).not.toContain('<Trust>');
    expect(mail.html).toContain('<h2 style="font-size:1.1em">Partners due for dialogue within 14 days</h2>');
  });
});

describe('reminder configuration', () => {
  const valid = { DATABASE_URL: 'postgres://u@localhost:5432/crm', SMTP_URL: 'smtp://localhost:1025', JWT_SECRET: 'x'.repeat(32) };

  it('defaults to 07:00 daily, 14 days due soon, offsets 60/30/7, escalation to admins after 30 days', () => {
    expect(toAppConfig(validateEnvironment(valid)).reminders).toEqual({
      cron: '0 7 * * *',
      dueSoonDays: 14,
      agreementOffsets: [60, 30, 7],
      escalateAfterDays: 30,
      escalation: { userId: undefined, role: 'admin' },
    });
  });

  it('sorts and de-duplicates offsets and refuses malformed reminder settings', () => {
    expect(toAppConfig(validateEnvironment({ ...valid, REMINDER_AGREEMENT_OFFSETS: '7,90,7,30' })).reminders.agreementOffsets).toEqual([90, 30, 7]);
    expect(() => validateEnvironment({ ...valid, REMINDER_AGREEMENT_OFFSETS: '60;30' })).toThrow(/REMINDER_AGREEMENT_OFFSETS/);
    expect(() => validateEnvironment({ ...valid, REMINDER_CRON: 'daily' })).toThrow(/REMINDER_CRON/);
    expect(() => validateEnvironment({ ...valid, REMINDER_ESCALATION_USER_ID: 'sam' })).toThrow(/REMINDER_ESCALATION_USER_ID/);
  });
});
