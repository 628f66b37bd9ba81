import { describe, expect, it } from '@jest/globals';
import type { PublishedPartner } from '../../src/publishing/published-entry.js';
import { PARTNERS_PER_PAGE, pageCount, toPages } from '../../src/publishing/published-pages.js';

const stamp = { version: 3, publishedAt: '2026-11-23T08:00:00.000Z' };
const partners = (n: number): PublishedPartner[] => Array.from({ length: n }, (_, i) => ({ id: `id-${i}`, name: `Partner ${i}`, pactPartner: false }));

describe('pages of the published partner list', () => {
  it.each([
    [0, 1],
    [1, 1],
    [50, 1],
    [51, 2],
    [120, 3],
    [2000, 40],
  ])('%i partners make %i page(s) of 50', (total, pages) => {
    expect(PARTNERS_PER_PAGE).toBe(50);
    expect(pageCount(total)).toBe(pages);
  });

  it('slices the list in order, each page saying where it sits in the version', () => {
    const pages = toPages(stamp, partners(120));
    expect(pages.map((p) => p.partners.length)).toEqual([50, 50, 20]);
    expect(pages[2]).toMatchObject({ ...stamp, page: 3, pages: 3, pageSize: 50, total: 120 });
    expect(pages.flatMap((p) => p.partners.map((e) => e.id))).toEqual(partners(120).map((e) => e.id));
  });

  it('an empty list still has page 1, with no partners', () => {
    expect(toPages(stamp, [])).toEqual([{ ...stamp, page: 1, pages: 1, pageSize: 50, total: 0, partners: [] }]);
  });
});
