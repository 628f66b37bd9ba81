import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One partner as published in one version; versions are compared entry by entry for `changes?since`. */
@Entity('publication_entries')
@Index('publication_entries_partner_idx', ['partnerId', 'version'])
export class PublicationEntry {
  @PrimaryColumn({ type: 'int' })
  version: number;

  @PrimaryColumn({ type: 'uuid' })
  partnerId: string;

  @Column({ type: 'char', length: 64 })
  entryHash: string;

  @Column({ type: 'jsonb' })
  entry: Record<string, unknown>;
}
