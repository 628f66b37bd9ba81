import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import { TransactionRunner } from '../database/transaction.js';
import { User } from '../users/user.entity.js';
import { toSavedViewResponse, type CreateSavedViewDto, type SavedViewFilters, type SavedViewResponse, type UpdateSavedViewDto } from './dto/saved-view.dto.js';
import { SavedView, type SavedViewFilterValues } from './saved-view.entity.js';
import { SavedViewNameTakenError, SavedViewNotFoundError, SavedViewNotOwnerError, TooManySavedViewsError } from './saved-views.errors.js';

/** A bound per person: views are picked from a menu, and the table cannot grow without limit. */
export const MAX_SAVED_VIEWS_PER_USER = 100;
const UNIQUE_VIOLATION = '23505';

/** Saved partner-list views: each person's own, and those colleagues share; only the owner changes one. */
@Injectable()
export class SavedViewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
  ) {}

  /** Mine first, then those shared by colleagues, each by name. */
  async list(actorId: string): Promise<SavedViewResponse[]> {
    const views = await this.dataSource
      .getRepository(SavedView)
      .createQueryBuilder('v')
      .innerJoinAndSelect('v.owner', 'u')
      .where('v.ownerId = :actorId OR v.shared', { actorId })
      .orderBy('(v.owner_id = :actorId)', 'DESC')
      .addOrderBy('v.name', 'ASC')
      .addOrderBy('v.id', 'ASC')
      .getMany();
    return views.map((v) => toSavedViewResponse(v, v.owner.displayName, actorId));
  }

  create(dto: CreateSavedViewDto, actorId: string): Promise<SavedViewResponse> {
    return this.withNameTaken(() =>
      this.transactions.run(async ({ manager }) => {
        // One writer at a time per owner, so the cap holds under concurrent saves.
        await manager.query('SELECT 1 FROM users WHERE id = $1 FOR UPDATE', [actorId]);
        if ((await manager.count(SavedView, { where: { ownerId: actorId } })) >= MAX_SAVED_VIEWS_PER_USER) {
          throw new TooManySavedViewsError(MAX_SAVED_VIEWS_PER_USER);
        }
        const view = manager.create(SavedView, {
          ownerId: actorId,
          name: dto.name.trim(),
          filters: plainFilters(dto.filters),
          sort: dto.sort ?? 'name',
          columns: dto.columns,
          shared: dto.shared ?? false,
        });
        const saved = await manager.save(view);
        return toSavedViewResponse(saved, await this.ownerName(actorId), actorId);
      }),
    );
  }

  update(id: string, dto: UpdateSavedViewDto, actorId: string): Promise<SavedViewResponse> {
    return this.withNameTaken(() =>
      this.transactions.run(async ({ manager }) => {
        const view = await this.ownView(actorId, manager.getRepository(SavedView).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }));
        if (dto.name !== undefined) view.name = dto.name.trim();
        if (dto.filters !== undefined) view.filters = plainFilters(dto.filters);
        if (dto.sort !== undefined) view.sort = dto.sort;
        if (dto.columns !== undefined) view.columns = dto.columns;
        if (dto.shared !== undefined) view.shared = dto.shared;
        const saved = await manager.save(view);
        return toSavedViewResponse(saved, await this.ownerName(actorId), actorId);
      }),
    );
  }

  async remove(id: string, actorId: string): Promise<void> {
    const view = await this.ownView(actorId, this.dataSource.getRepository(SavedView).findOne({ where: { id } }));
    await this.dataSource.getRepository(SavedView).delete({ id: view.id, ownerId: actorId });
  }

  /** A view the caller may see but not change is 403; one they cannot see is 404. */
  private async ownView(actorId: string, found: Promise<SavedView | null>): Promise<SavedView> {
    const view = await found;
    if (!view || (view.ownerId !== actorId && !view.shared)) throw new SavedViewNotFoundError();
    if (view.ownerId !== actorId) throw new SavedViewNotOwnerError();
    return view;
  }

  private async ownerName(userId: string): Promise<string> {
    const user = await this.dataSource.getRepository(User).findOne({ where: { id: userId }, select: { id: true, displayName: true } });
    return user?.displayName ?? '';
  }

  private async withNameTaken<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error: unknown) {
      const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : null;
      if (driverError?.code === UNIQUE_VIOLATION && driverError.constraint === 'saved_views_owner_name_key') throw new SavedViewNameTakenError();
      throw error;
    }
  }
}

/** The filters given, as plain strings by name (a validated DTO instance carries no other fields). */
function plainFilters(filters: SavedViewFilters | undefined): SavedViewFilterValues {
  return Object.fromEntries(Object.entries(filters ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
