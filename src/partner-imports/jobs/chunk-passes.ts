/** Consecutive open rows of an import, first and last row number included: one chunk's work. */
export interface RowRange {
  first: number;
  last: number;
}

export interface ChunkPasses {
  /** The rows still open, cut into ranges of at most a chunk each, in row order. */
  openRanges: () => Promise<RowRange[]>;
  /** Handles one range in a transaction of its own; returns how many rows it handled (0: another run holds them). */
  chunk: (range: RowRange) => Promise<number>;
  /** Chunks in flight at once. */
  parallel: number;
}

/**
 * Works through an import's open rows a chunk at a time, `parallel` chunks at once, so the
 * database writes one chunk while the worker plans the next. Each chunk claims its rows
 * (row locks, SKIP LOCKED), so a second run of the same job works beside the first on other rows and
 * neither handles a row twice. A pass that handled nothing means every open row is held by another
 * run, which finishes them: this run stops. On an error, no new chunk starts; those in flight settle,
 * then the error is thrown (the chunk that failed rolled back, and its rows stay open for the retry).
 */
export async function runChunkPasses({ openRanges, chunk, parallel }: ChunkPasses): Promise<void> {
  for (;;) {
    const ranges = await openRanges();
    if (ranges.length === 0) return;
    if ((await inParallel(ranges, parallel, chunk)) === 0) return;
  }
}

async function inParallel(ranges: RowRange[], parallel: number, chunk: (range: RowRange) => Promise<number>): Promise<number> {
  let next = 0;
  let handled = 0;
  let failure: { error: unknown } | null = null;
  const lane = async (): Promise<void> => {
    while (failure === null && next < ranges.length) {
      const range = ranges[next++];
      try {
        handled += await chunk(range);
      } catch (error: unknown) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, ranges.length) }, lane));
  if (failure !== null) throw (failure as { error: unknown }).error;
  return handled;
}
