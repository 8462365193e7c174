import DataLoader from 'dataloader';
import { alignById, groupByKey } from './batch.js';
import { badInput } from './errors.js';

/**
 * Rows one request may load through its loaders. The query cost guesses the size of lists without paging (a group's
 * members over the years); this stops a request whose lists are far longer than guessed before it fills the heap.
 * The client's largest screen loads a few thousand.
 */
const MAX_ROWS_PER_REQUEST = 25_000;

/** How a module builds its per-request DataLoaders; all loaders of one request share one row budget. */
export interface LoaderKit {
  /** One row per id (null when missing), loaded in one statement per batch. */
  byId: <T extends { id: string }>(load: (ids: readonly string[]) => Promise<T[]>) => DataLoader<string, T | null>;
  /** The rows of each key, loaded in one statement per batch. */
  grouped<T>(
    load: (keys: readonly string[]) => Promise<T[]>,
    keyOf: (row: T) => string | null,
  ): DataLoader<string, T[]>;
}

/** A fresh kit for one request, counting the rows its loaders read against MAX_ROWS_PER_REQUEST. */
export function createLoaderKit(): LoaderKit {
  let rowsLoaded = 0;
  const counted = async <T>(rows: Promise<T[]>) => {
    const loaded = await rows;
    rowsLoaded += loaded.length;
    if (rowsLoaded > MAX_ROWS_PER_REQUEST) {
      throw badInput(`The request reads more than ${MAX_ROWS_PER_REQUEST} records; ask for fewer at a time.`, {
        reason: 'RESPONSE_TOO_LARGE',
        params: { max: MAX_ROWS_PER_REQUEST },
      });
    }
    return loaded;
  };
  return {
    byId: (load) => new DataLoader(async (ids) => alignById(ids, await counted(load(ids)))),
    grouped: (load, keyOf) => new DataLoader(async (keys) => groupByKey(keys, await counted(load(keys)), keyOf)),
  };
}
