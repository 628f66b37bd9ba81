import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Contact } from '../contacts/contact.entity.js';
import type { Signature } from '../pledges/signature.entity.js';
import { emailHash } from '../pledges/signer-secrets.js';
import type { User } from '../users/user.entity.js';
import { PersonalDataRepository } from './personal-data.repository.js';
import { personalTerms } from './personal-terms.js';
import { normaliseEmail, SubjectHasher } from './subject-hash.js';

/** A person as the product holds them, found by email. */
export interface DataSubject {
  /** Normalised (trimmed, lower-cased). */
  email: string;
  /** Keyed hash of the email. */
  subjectHash: string;
  contacts: Contact[];
  /** With `pledge` loaded. */
  signatures: Signature[];
  staff: User[];
  /** Every name they were recorded under (contacts now and before, signers). */
  names: string[];
  phones: string[];
  /**
   * Email and names: what to look for in free text, audit entries and queue data anywhere. Phone numbers are
   * removed from the person's own records but not searched for elsewhere: a switchboard number is shared.
   */
  terms: string[];
}

/** Finds a person by email: their contacts and signatures (also by the signature's email hash), and their values. */
@Injectable()
export class DataSubjects {
  constructor(
    private readonly repository: PersonalDataRepository,
    private readonly hasher: SubjectHasher,
  ) {}

  async find(manager: EntityManager, rawEmail: string): Promise<DataSubject> {
    const email = normaliseEmail(rawEmail);
    const contacts = await this.repository.contactsByEmail(manager, email);
    const signatures = await this.repository.signaturesByEmail(manager, email, emailHash(email));
    const staff = await this.repository.staffByEmail(manager, email);
    const contactIds = contacts.map((c) => c.id);
    const names = personalTerms([
      ...contacts.map((c) => c.fullName),
      ...signatures.map((s) => s.signerName),
      ...(await this.repository.recordedValues(manager, contactIds, 'fullName')),
    ]);
    const phones = personalTerms([...contacts.map((c) => c.phone), ...(await this.repository.recordedValues(manager, contactIds, 'phone'))]);
    return {
      email,
      subjectHash: this.hasher.ofEmail(email),
      contacts,
      signatures,
      staff,
      names,
      phones,
      terms: personalTerms([email, ...names]),
    };
  }
}
