import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { PartnerList } from '../../partners/partner-list.entity.js';
import { ReferenceEntry, type ReferenceCategory } from '../../reference-data/reference-entry.entity.js';
import { User } from '../../users/user.entity.js';

const PARTNER_CATEGORIES: ReferenceCategory[] = ['organisation-kind', 'area', 'priority-area', 'theme'];

/**
 * What rows are checked against, loaded once per chunk (a few hundred rows at most): the partner
 * reference lists (retired entries too: records keep them), the partner lists and the staff. Rows
 * then resolve codes and owner emails in memory, with the same rules as the API
 * (pickReferenceEntries, pickPartnerLists).
 */
export class ImportCatalog {
  private readonly entriesByCategory = new Map<ReferenceCategory, ReferenceEntry[]>();
  private readonly entriesById: Map<string, ReferenceEntry>;
  private readonly listsById: Map<string, PartnerList>;
  private readonly usersById: Map<string, User>;
  private readonly usersByEmail: Map<string, User>;

  constructor(
    entries: ReferenceEntry[],
    readonly lists: PartnerList[],
    users: User[],
  ) {
    for (const entry of entries) this.entriesByCategory.set(entry.category, [...this.entries(entry.category), entry]);
    this.entriesById = new Map(entries.map((e) => [e.id, e]));
    this.listsById = new Map(lists.map((l) => [l.id, l]));
    this.usersById = new Map(users.map((u) => [u.id, u]));
    this.usersByEmail = new Map(users.map((u) => [u.email, u]));
  }

  static async load(manager: EntityManager): Promise<ImportCatalog> {
    // One after another: inside a transaction they share one connection.
    const entries = await manager.find(ReferenceEntry, { where: { category: In(PARTNER_CATEGORIES) } });
    const lists = await manager.find(PartnerList);
    const users = await manager.find(User, { select: { id: true, email: true, displayName: true, isActive: true } });
    return new ImportCatalog(entries, lists, users);
  }

  entries(category: ReferenceCategory): ReferenceEntry[] {
    return this.entriesByCategory.get(category) ?? [];
  }

  entry(id: string): ReferenceEntry | undefined {
    return this.entriesById.get(id);
  }

  list(id: string): PartnerList | undefined {
    return this.listsById.get(id);
  }

  user(id: string): User | undefined {
    return this.usersById.get(id);
  }

  /** Emails are stored lower-cased. */
  userByEmail(email: string): User | undefined {
    return this.usersByEmail.get(email.toLowerCase());
  }
}
