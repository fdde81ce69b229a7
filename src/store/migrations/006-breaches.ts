// Migration 006-breaches. Its name is recorded in the database: never rename it or change what it does.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  let table = db.schema
    .createTable('breaches')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('reported_activity', 'varchar(400)', (c) => c.notNull().unique());
  for (const [name, size] of [
    ['reporter_id', 200],
    ['reporter_party', 200],
    ['kind', 40],
    ['discovered_at', 40],
    ['encrypted', 20],
    ['parties', 600],
    ['subjects', 200],
    ['data', 600],
    ['people', 20],
    ['covenants', 600],
    ['created_at', 40],
  ] as const) {
    table = table.addColumn(name, `varchar(${size})`, (c) => c.notNull());
  }
  table = table.addColumn('version', 'integer', (c) => c.notNull()).addColumn('ap_parties_agreed', 'integer', (c) => c.notNull());
  for (const name of ['police_report_at', 'ap_decision', 'ap_notified_at', 'ap_recorded_by', 'ap_recorded_at']) table = table.addColumn(name, 'varchar(200)');
  await table.execute();
  await db.schema
    .createTable('breach_acks')
    .addColumn('breach_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('user_id', 'varchar(200)', (c) => c.notNull())
    .addColumn('at', 'varchar(40)', (c) => c.notNull())
    .addPrimaryKeyConstraint('breach_acks_pk', ['breach_id', 'user_id'])
    .execute();
}
