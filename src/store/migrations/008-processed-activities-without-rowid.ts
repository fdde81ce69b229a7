// Migration 008-processed-activities-without-rowid. Its name is recorded in the database: never rename it or change what it does.
import { type Kysely, sql, SqliteAdapter } from 'kysely';

// SQLite only: without a rowid the rows live in their primary key's B-tree, so recording the activity
// id of a turn writes one page instead of two (one in the table, one in its key index). PostgreSQL
// keeps tables and indexes apart either way.
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  await db.schema
    .createTable('processed_activities_keyed')
    .addColumn('activity_id', 'varchar(400)', (c) => c.primaryKey())
    .addColumn('at', 'varchar(40)', (c) => c.notNull())
    .modifyEnd(sql`without rowid`)
    .execute();
  await sql`insert into processed_activities_keyed (activity_id, at) select activity_id, at from processed_activities`.execute(db);
  await db.schema.dropTable('processed_activities').execute();
  await db.schema.alterTable('processed_activities_keyed').renameTo('processed_activities').execute();
}
