// Migration 007-several-instances. Its name is recorded in the database: never rename it or change what it does.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('outbox').addColumn('claim', 'varchar(64)').execute();
  await db.schema
    .createTable('bot_state')
    .addColumn('key', 'varchar(400)', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('etag', 'varchar(64)', (c) => c.notNull())
    .execute();
}
