import { ArgsType, type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { badInput } from './errors.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 50;

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `At most ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when omitted.` })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

export interface ConnectionData<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Relay connection types for one node type, built once per node so that no connection is written out by hand. */
export function Connection<T extends object>(Node: ClassType<T>) {
  @ObjectType(`${Node.name}Edge`)
  class Edge {
    @Field(() => String)
    cursor: string;

    @Field(() => Node)
    node: T;
  }

  // Reached by no field, so not emitted: the named connection class that extends it inherits its fields.
  @ObjectType()
  abstract class ConnectionType implements ConnectionData<T> {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => [Node])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionType;
}

type Cursor = [sortValue: string, id: string];

const encodeCursor = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');

function decodeCursor(raw: string): Cursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) {
      return value as Cursor;
    }
  } catch {
    // fall through to the refusal below
  }
  throw badInput('The cursor given as `after` is not one this API handed out.', {
    reason: 'INVALID_CURSOR',
    field: 'after',
  });
}

function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput(`first must be a whole number from 0 to ${MAX_PAGE_SIZE}.`, {
      reason: 'INVALID_PAGE_SIZE',
      field: 'first',
      params: { max: MAX_PAGE_SIZE },
    });
  }
  return first;
}

/**
 * Keyset pagination over `sortColumn, id`: stable when rows are added between pages, and an index seek rather
 * than an OFFSET scan. `sortColumn` is a column of `alias` whose value `sortValue` returns for a loaded row.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  sortColumn: string,
  sortValue: (row: T) => string,
  args: PageArgs,
  direction: 'ASC' | 'DESC' = 'ASC',
): Promise<ConnectionData<T>> {
  const limit = pageSize(args.first);
  const alias = query.alias;
  const totalCount = await query.clone().getCount();
  const page = query.clone();
  if (args.after) {
    const [value, id] = decodeCursor(args.after);
    const beyond = direction === 'ASC' ? '>' : '<';
    page.andWhere(
      new Brackets((w) =>
        w
          .where(`${alias}.${sortColumn} ${beyond} :cursorValue`, { cursorValue: value })
          .orWhere(`(${alias}.${sortColumn} = :cursorValue AND ${alias}.id ${beyond} :cursorId)`, { cursorId: id }),
      ),
    );
  }
  const rows = await page
    .orderBy(`${alias}.${sortColumn}`, direction)
    .addOrderBy(`${alias}.id`, direction)
    .take(limit + 1)
    .getMany();
  const nodes = rows.slice(0, limit);
  const edges = nodes.map((node) => ({ cursor: encodeCursor([sortValue(node), node.id as string]), node }));
  return {
    edges,
    nodes,
    totalCount,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/** Case-insensitive search key (Swedish letters included, which SQLite's lower() leaves alone); accents are kept. */
export function searchKey(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('sv-SE').replace(/\s+/g, ' ').trim();
}

/** Longer than any name or e-mail address in the register; SQLite refuses LIKE patterns of 50,000 characters. */
const MAX_SEARCH_LENGTH = 200;

/** A LIKE pattern that matches `term` anywhere, with LIKE's own wildcards in the term taken literally. */
export function containsPattern(term: string): string {
  if (term.length > MAX_SEARCH_LENGTH) {
    throw badInput(`A search term may be at most ${MAX_SEARCH_LENGTH} characters long.`, {
      reason: 'SEARCH_TOO_LONG',
      field: 'search',
      params: { max: MAX_SEARCH_LENGTH },
    });
  }
  return `%${searchKey(term).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
