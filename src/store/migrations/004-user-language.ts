// Migration 004-user-language. Its name is recorded in the database: never rename it or change what it does.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('conversation_refs').addColumn('lang', 'varchar(5)').execute();
}
