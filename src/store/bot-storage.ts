// botbuilder's Storage on the project's database, so teams-ai turn state is shared by every instance.
// Same eTag semantics as botbuilder's own storages: a write without an eTag or with "*" always wins;
// a write with an eTag succeeds only if it matches the stored one (or nothing is stored yet).
import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import { idleSqlite, type Db } from './database';

export class EtagConflictError extends Error {}

type Row = { key: string; value: string; etag: string };

/** How many keys a sole writer keeps in memory (the oldest go first). */
const HELD_KEYS = 10_000;

export class SqlStorage implements Storage {
  /** The read's SQL per number of keys, for the direct path. */
  private readonly readSql = new Map<number, string>();
  /**
   * For the table's only writer (the single instance on SQLite, see sole-instance.ts): what the table
   * holds for recently used keys, null for no row. teams-ai reads the turn state on every turn (about
   * 25 µs on the database in the loaded bench server). Writes still go to the database first.
   */
  private readonly held: Map<string, Row | null> | undefined;
  /** Counts the starts and ends of writes and deletes (see change). */
  private changes = 0;

  constructor(
    private readonly db: Db,
    options: { soleWriter?: boolean } = {},
  ) {
    this.held = options.soleWriter ? new Map() : undefined;
  }

  async read(keys: string[]): Promise<StoreItems> {
    // What is held is taken before any await: a change meanwhile must not make a held row disappear.
    const rows = new Map<string, Row>();
    const missing: string[] = [];
    for (const key of keys) {
      const row = this.held?.get(key);
      if (row === undefined) missing.push(key);
      else if (row) rows.set(key, row);
    }
    if (missing.length > 0) {
      const changesBefore = this.changes;
      for (const row of await this.select(missing)) rows.set(row.key, row);
      if (this.changes === changesBefore) for (const key of missing) this.hold(key, rows.get(key) ?? null);
    }
    const items: StoreItems = {};
    for (const key of keys) {
      const row = rows.get(key);
      // A fresh object on every read: callers change what they read.
      if (row) items[key] = { ...(JSON.parse(row.value) as object), eTag: row.etag };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      const { eTag, ...rest } = (item ?? {}) as { eTag?: string; [k: string]: unknown };
      const value = JSON.stringify(rest);
      const etag = randomUUID();
      await this.change([key], { key, value, etag }, async () => {
        if (!eTag || eTag === '*') {
          await this.db
            .insertInto('bot_state')
            .values({ key, value, etag })
            .onConflict((oc) => oc.column('key').doUpdateSet({ value, etag }))
            .execute();
          return;
        }
        const updated = await this.db.updateTable('bot_state').set({ value, etag }).where('key', '=', key).where('etag', '=', eTag).executeTakeFirst();
        if (Number(updated.numUpdatedRows) === 1) return;
        const inserted = await this.db
          .insertInto('bot_state')
          .values({ key, value, etag })
          .onConflict((oc) => oc.column('key').doNothing())
          .executeTakeFirst();
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) throw new EtagConflictError(`Storage: error writing "${key}" due to eTag conflict.`);
      });
    }
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.change(keys, null, async () => {
      await this.db.deleteFrom('bot_state').where('key', 'in', keys).execute();
    });
  }

  /**
   * Runs a write or delete of `keys`. A sole writer forgets them meanwhile and then holds what they are
   * now, unless another change overlapped. Changes are counted at start and end, so a read that awaited
   * the database across either does not hold what it read.
   */
  private async change(keys: string[], now: Row | null, run: () => Promise<void>) {
    const started = ++this.changes;
    for (const key of keys) this.held?.delete(key);
    try {
      await run();
    } finally {
      this.changes++;
    }
    if (this.changes === started + 1) for (const key of keys) this.hold(key, now);
  }

  private hold(key: string, row: Row | null) {
    const held = this.held;
    if (!held) return;
    held.delete(key);
    if (held.size >= HELD_KEYS) held.delete(held.keys().next().value!);
    held.set(key, row);
  }

  /** Read on every turn that misses: directly on an idle SQLite connection, else through Kysely. */
  private async select(keys: string[]): Promise<Row[]> {
    const query = () => this.db.selectFrom('bot_state').selectAll().where('key', 'in', keys);
    const sqlite = idleSqlite(this.db);
    if (!sqlite) return query().execute();
    let text = this.readSql.get(keys.length);
    if (text === undefined) this.readSql.set(keys.length, (text = query().compile().sql));
    return sqlite.prepare(text).all(...keys) as Row[];
  }
}
