// botbuilder's Storage on the project's database, so teams-ai turn state is shared by every instance.
// Same eTag semantics as botbuilder's own storages: a write without an eTag or with "*" always wins;
// a write with an eTag succeeds only if it matches the stored one (or nothing is stored yet).
import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import { idleSqlite, type Db } from './database';

export class EtagConflictError extends Error {}

export class SqlStorage implements Storage {
  /** The read's SQL per number of keys, for the direct path. */
  private readonly readSql = new Map<number, string>();

  constructor(private readonly db: Db) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return {};
    const query = () => this.db.selectFrom('bot_state').selectAll().where('key', 'in', keys);
    // Read on every turn: directly on an idle SQLite connection, else through Kysely.
    const sqlite = idleSqlite(this.db);
    let rows: { key: string; value: string; etag: string }[];
    if (sqlite) {
      let text = this.readSql.get(keys.length);
      if (text === undefined) this.readSql.set(keys.length, (text = query().compile().sql));
      rows = sqlite.prepare(text).all(...keys) as typeof rows;
    } else {
      rows = await query().execute();
    }
    return Object.fromEntries(rows.map((r) => [r.key, { ...(JSON.parse(r.value) as object), eTag: r.etag }]));
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      const { eTag, ...rest } = (item ?? {}) as { eTag?: string; [k: string]: unknown };
      const value = JSON.stringify(rest);
      const etag = randomUUID();
      if (!eTag || eTag === '*') {
        await this.db.insertInto('bot_state').values({ key, value, etag }).onConflict((oc) => oc.column('key').doUpdateSet({ value, etag })).execute();
        continue;
      }
      const updated = await this.db.updateTable('bot_state').set({ value, etag }).where('key', '=', key).where('etag', '=', eTag).executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 1) continue;
      const inserted = await this.db.insertInto('bot_state').values({ key, value, etag }).onConflict((oc) => oc.column('key').doNothing()).executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) throw new EtagConflictError(`Storage: error writing "${key}" due to eTag conflict.`);
    }
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length > 0) await this.db.deleteFrom('bot_state').where('key', 'in', keys).execute();
  }
}
