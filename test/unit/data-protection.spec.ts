import { describe, expect, it } from '@jest/globals';
import { redactAuditEntry } from '../../src/data-protection/audit-redaction.js';
import type { ConsentEvent } from '../../src/data-protection/consent-event.entity.js';
import { deriveConsentState } from '../../src/data-protection/consent-ledger.service.js';
import { cutMentions, mentions, personalTerms, storedSpellings, termsPgPattern, termsRegExp } from '../../src/data-protection/personal-terms.js';
import { subjectEntityId } from '../../src/data-protection/subject-hash.js';
import { withoutAddress } from '../../src/mail/mail-send.handler.js';
import { findPersonalData } from '../support/personal-data.js';

const marker = `erased:${'0123456789abcdef'.repeat(4)}`;

describe('finding a person in text', () => {
  it('keeps distinct values long enough to search for, longest first, never the pseudonym', () => {
    expect(personalTerms(['Al', ' Sam Lee ', 'sam lee', 'sam.lee@partner.test', null, 'Erased person'])).toEqual(['sam.lee@partner.test', 'Sam Lee']);
  });

  it('matches whole words only, in any case', () => {
    const pattern = termsRegExp(['Sam Lee', 'sam.lee@partner.test', '+44 151 000']);
    expect(mentions('Met SAM LEE on Monday', pattern)).toBe(true);
    expect(mentions('Write to Sam.Lee@partner.test.', pattern)).toBe(true);
    expect(mentions('Call +44 151 000 first', pattern)).toBe(true);
    expect(mentions('Sam Leeming and Osam Lee', pattern)).toBe(false);
    expect(mentions('nothing here', termsRegExp([]))).toBe(false);
  });

  it('cuts mentions out of text, and builds the same whole-word pattern for PostgreSQL', () => {
    expect(cutMentions('Request from Sam Lee (sam.lee@partner.test)', ['Sam Lee', 'sam.lee@partner.test'])).toBe('Request from [erased] ([erased])');
    expect(termsPgPattern(['Sam Lee', 'a.b-c@x.test'])).toBe('(\\mSam Lee\\M|\\ma\\.b\\-c@x\\.test\\M)');
    expect(termsPgPattern([])).toBeNull();
  });

  it('also looks for the spellings a value takes inside JSON and HTML', () => {
    expect(storedSpellings(['Pat "PJ" O\'Neil'])).toEqual(expect.arrayContaining(['Pat "PJ" O\'Neil', 'Pat \\"PJ\\" O\'Neil', 'Pat &quot;PJ&quot; O&#39;Neil']));
  });
});

describe('redacting an audit entry', () => {
  const entry = {
    changes: {
      fullName: { before: null, after: 'Sam Lee' },
      jobTitle: { before: null, after: 'Director' },
      contacts: { before: [], after: [{ id: 'c1', name: 'Sam Lee' }, { id: 'c2', name: 'Kim Ode' }] },
      communicationPreferences: { before: null, after: { email: true } },
      notes: { before: null, after: 'Sam Lee will call' },
    },
    reason: 'asked by Sam Lee',
  };

  it('replaces only the strings that mention the person, keeping the shape and every other value', () => {
    const redacted = redactAuditEntry(entry, { pattern: termsRegExp(['Sam Lee']), marker, ownRecord: false });
    expect(redacted).toEqual({
      changed: true,
      reason: marker,
      changes: {
        fullName: { before: null, after: marker },
        jobTitle: { before: null, after: 'Director' },
        contacts: { before: [], after: [{ id: 'c1', name: marker }, { id: 'c2', name: 'Kim Ode' }] },
        communicationPreferences: { before: null, after: { email: true } },
        notes: { before: null, after: marker },
      },
    });
  });

  it('on the person\'s own record, personal fields go whatever they hold; other kinds of value stay', () => {
    const redacted = redactAuditEntry(entry, { pattern: null, marker, ownRecord: true });
    expect(redacted.changes).toMatchObject({ fullName: { after: marker }, jobTitle: { after: marker }, communicationPreferences: { after: { email: true } } });
    expect(redacted.reason).toBe('asked by Sam Lee');
  });

  it('reports an entry that mentions nobody as unchanged', () => {
    expect(redactAuditEntry({ changes: { status: { before: 'a', after: 'b' } }, reason: null }, { pattern: termsRegExp(['Sam Lee']), marker, ownRecord: false }).changed).toBe(false);
  });
});

describe('consent state', () => {
  const event = (purpose: string, action: 'given' | 'withdrawn', at: string): ConsentEvent => ({
    id: at,
    subjectType: 'contact',
    subjectId: 'c',
    purpose,
    action,
    source: 'staff',
    actorId: null,
    wordingVersion: null,
    details: {},
    occurredAt: new Date(at),
  });

  it('is the latest event of each purpose', () => {
    const state = deriveConsentState([
      event('communications.email', 'given', '2025-01-01T00:00:00Z'),
      event('communications.phone', 'given', '2025-01-01T00:00:00Z'),
      event('communications.email', 'withdrawn', '2025-02-01T00:00:00Z'),
    ]);
    expect(state.map((s) => [s.purpose, s.given, s.since.toISOString()])).toEqual([
      ['communications.email', false, '2025-02-01T00:00:00.000Z'],
      ['communications.phone', true, '2025-01-01T00:00:00.000Z'],
    ]);
  });
});

describe('keeping addresses out of records', () => {
  it('an SMTP error keeps its meaning without the recipient', () => {
    expect(withoutAddress('550 5.1.1 <Sam.Lee@Partner.test>: mailbox unavailable', 'sam.lee@partner.test')).toBe('550 5.1.1 <[recipient]>: mailbox unavailable');
  });

  it('a subject\'s audit id is a uuid taken from their hash', () => {
    expect(subjectEntityId('0123456789abcdef'.repeat(4))).toBe('01234567-89ab-cdef-0123-456789abcdef');
  });

  it('the end-of-run scan finds test addresses and registered names, and nothing else', () => {
    const findings = findPersonalData(
      [
        { source: 'logs', text: '{"msg":"request","route":"/api/v1/contacts/:id"}\n{"msg":"oops","to":"kim@home.test","name":"Kim Ode"}' },
        { source: 'queue', text: '{"outboxId":"4f1c"}' },
      ],
      ['Kim Ode', 'Never Logged'],
    );
    expect(findings.map((f) => [f.source, f.found])).toEqual([
      ['logs', 'kim@home.test'],
      ['logs', 'Kim Ode'],
    ]);
  });
});
