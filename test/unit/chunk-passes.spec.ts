import { describe, expect, it } from '@jest/globals';
import { runChunkPasses, type RowRange } from '../../src/partner-imports/jobs/chunk-passes.js';

/** An import's open rows as a set; ranges of `size` rows; a chunk handles the open rows of its range. */
function fakeImport(rows: number, size: number) {
  const open = new Set(Array.from({ length: rows }, (_, i) => i + 2));
  let inFlight = 0;
  let mostInFlight = 0;
  const handledRanges: RowRange[] = [];
  const openRanges = (): Promise<RowRange[]> => {
    const sorted = [...open].sort((a, b) => a - b);
    const ranges: RowRange[] = [];
    for (let i = 0; i < sorted.length; i += size) ranges.push({ first: sorted[i], last: sorted[Math.min(i + size, sorted.length) - 1] });
    return Promise.resolve(ranges);
  };
  const handle = async (range: RowRange): Promise<number> => {
    inFlight++;
    mostInFlight = Math.max(mostInFlight, inFlight);
    await new Promise((resolve) => setTimeout(resolve, 1));
    const mine = [...open].filter((n) => n >= range.first && n <= range.last);
    for (const n of mine) open.delete(n);
    handledRanges.push(range);
    inFlight--;
    return mine.length;
  };
  return { open, openRanges, handle, handledRanges, mostInFlight: () => mostInFlight, inFlight: () => inFlight };
}

describe('working through an import in chunks', () => {
  it('handles every open row once, at most `parallel` chunks at a time', async () => {
    const fake = fakeImport(2_500, 1_000);
    await runChunkPasses({ openRanges: fake.openRanges, chunk: fake.handle, parallel: 2 });
    expect(fake.open.size).toBe(0);
    expect(fake.handledRanges).toHaveLength(3);
    expect(fake.mostInFlight()).toBe(2);
  });

  it('after an error starts no new chunk, lets those in flight finish, then throws; a second run finishes the rest', async () => {
    const fake = fakeImport(5_000, 1_000);
    let calls = 0;
    const failing = async (range: RowRange): Promise<number> => {
      if (++calls === 2) throw new Error('simulated crash');
      return fake.handle(range);
    };
    await expect(runChunkPasses({ openRanges: fake.openRanges, chunk: failing, parallel: 2 })).rejects.toThrow('simulated crash');
    expect(fake.inFlight()).toBe(0);
    expect(fake.handledRanges).toHaveLength(1);
    expect(fake.open.size).toBe(4_000);
    await runChunkPasses({ openRanges: fake.openRanges, chunk: fake.handle, parallel: 2 });
    expect(fake.open.size).toBe(0);
  });

  it('passes again over rows left open, and stops when a pass handles nothing (another run holds them)', async () => {
    const fake = fakeImport(3_000, 1_000);
    const heldElsewhere = new Set([500, 1_500]);
    let passes = 0;
    const openRanges = async (): Promise<RowRange[]> => {
      passes++;
      return fake.openRanges();
    };
    const skipHeld = async (range: RowRange): Promise<number> => {
      const held = [...heldElsewhere].filter((n) => n >= range.first && n <= range.last && fake.open.has(n));
      for (const n of held) fake.open.delete(n);
      const handled = await fake.handle(range);
      for (const n of held) fake.open.add(n);
      return handled;
    };
    await runChunkPasses({ openRanges, chunk: skipHeld, parallel: 2 });
    expect([...fake.open].sort((a, b) => a - b)).toEqual([500, 1_500]);
    expect(passes).toBe(2);
  });

  it('does nothing when no row is open', async () => {
    const fake = fakeImport(0, 1_000);
    await runChunkPasses({ openRanges: fake.openRanges, chunk: fake.handle, parallel: 2 });
    expect(fake.handledRanges).toHaveLength(0);
  });
});
