import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { headerWords } from './column-suggestions.js';
import type { ImportMapping } from './import-mapping.js';
import { SavedImportMapping } from './saved-mapping.entity.js';

/** Files have "the same header" when their columns read the same (case, spacing and punctuation aside), in order. */
export function headerKeyOf(columns: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify(columns.map(headerWords))).digest('hex');
}

@Injectable()
export class SavedMappingsRepository {
  constructor(private readonly dataSource: DataSource) {}

  forHeader(columns: readonly string[]): Promise<SavedImportMapping[]> {
    return this.dataSource.manager.find(SavedImportMapping, { where: { headerKey: headerKeyOf(columns) }, order: { updatedAt: 'DESC' }, take: 20 });
  }

  /** Saves by name; a name already used for another header is refused (null). Returns the id and whether it was new. */
  async save(manager: EntityManager, name: string, columns: readonly string[], mapping: ImportMapping, actorId: string): Promise<{ id: string; created: boolean } | null> {
    const rows = await manager.query<{ id: string; created: boolean }[]>(
      `INSERT INTO partner_import_mappings (name, header_key, mapping, created_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (name) DO UPDATE SET mapping = EXCLUDED.mapping, updated_at = now()
        WHERE partner_import_mappings.header_key = EXCLUDED.header_key
       RETURNING id, (xmax = 0) AS created`,
      [name, headerKeyOf(columns), JSON.stringify(mapping), actorId],
    );
    return rows[0] ?? null;
  }
}
