import { In, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { UnknownLinkError } from './plan.errors.js';

/** The records `ids` name (each once), or PLAN.UNKNOWN_LINK naming `field` and the ids that do not exist. */
export async function linkedRecords<T extends { id: string }>(manager: EntityManager, entity: new () => T, field: string, ids: string[]): Promise<T[]> {
  const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
  if (unique.length === 0) return [];
  const found = await manager.getRepository(entity).findBy({ id: In(unique) } as FindOptionsWhere<T>);
  const missing = unique.filter((id) => !found.some((row) => row.id === id));
  if (missing.length > 0) throw new UnknownLinkError(field, missing);
  return found;
}
