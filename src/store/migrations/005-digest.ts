// Migration 005-digest. Its name is recorded in the database: never rename it or change what it does.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('question_log')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('at', 'varchar(40)', (c) => c.notNull())
    .addColumn('party', 'varchar(200)', (c) => c.notNull())
    .addColumn('verdict', 'varchar(20)', (c) => c.notNull())
    .addColumn('data', 'varchar(600)', (c) => c.notNull())
    .addColumn('purpose', 'varchar(60)')
    .execute();
  await db.schema.createIndex('question_log_at').on('question_log').column('at').execute();
  await db.schema
    .createTable('digest_sent')
    .addColumn('manager_id', 'varchar(200)', (c) => c.notNull())
    .addColumn('week', 'varchar(10)', (c) => c.notNull())
    .addColumn('at', 'varchar(40)', (c) => c.notNull())
    .addPrimaryKeyConstraint('digest_sent_pk', ['manager_id', 'week'])
    .execute();
  await db.schema
    .createTable('evaluations')
    .addColumn('covenant', 'varchar(100)', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('recorded_by', 'varchar(200)', (c) => c.notNull())
    .addColumn('at', 'varchar(40)', (c) => c.notNull())
    .addPrimaryKeyConstraint('evaluations_pk', ['covenant', 'year'])
    .execute();
  await db.schema.createIndex('requests_created').on('requests').column('created_at').execute();
}
