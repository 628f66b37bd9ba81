import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Publication } from './publication.entity.js';

/**
 * One page of a version's partner list (`GET /public/partners?page=N`), pre-serialised at publish time
 * with its envelope and compressed variants, so serving it needs no per-request serialisation. Only the
 * latest version's pages are kept: publishing a new version deletes the older versions' pages.
 */
@Entity('publication_pages')
export class PublicationPage {
  @PrimaryColumn({ type: 'int' })
  version: number;

  @ManyToOne(() => Publication, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version' })
  publication: Relation<Publication>;

  /** 1-based. */
  @PrimaryColumn({ type: 'int' })
  page: number;

  /** SHA-256 of `json`: the page's strong validator. */
  @Column({ type: 'char', length: 64 })
  contentHash: string;

  @Column({ type: 'bytea' })
  json: Buffer;

  @Column({ type: 'bytea' })
  jsonGzip: Buffer;

  @Column({ type: 'bytea' })
  jsonBrotli: Buffer;
}
