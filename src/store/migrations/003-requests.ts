// Migration 003-requests. Its name is recorded in the database: never rename it or change what it does.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const text = (name: string, size = 200) => [name, `varchar(${size})`] as const;
  let table = db.schema.createTable('requests').addColumn('id', 'varchar(64)', (c) => c.primaryKey());
  table = table.addColumn('filed_activity', 'varchar(400)', (c) => c.notNull().unique());
  for (const [name, type] of [
    text('case_ref', 60),
    text('state', 20),
    text('requester_id'),
    text('requester_party'),
    text('discloser'),
    text('recipient'),
    text('subject', 40),
    text('data', 600),
    text('purpose', 60),
    text('urgency', 20),
    text('delivery', 20),
    text('covenant', 100),
    text('created_at', 40),
    text('updated_at', 40),
    text('retain_until', 40),
  ]) {
    table = table.addColumn(name, type, (c) => c.notNull());
  }
  table = table
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('consent', 'integer', (c) => c.notNull())
    .addColumn('sla_days', 'integer', (c) => c.notNull());
  table = table.addColumn('necessity', 'text', (c) => c.notNull()).addColumn('snapshot', 'text', (c) => c.notNull());
  for (const name of ['decided_by', 'decided_at', 'reminded_at', 'escalated_at']) table = table.addColumn(name, 'varchar(200)');
  for (const name of ['decision_reason', 'info_question', 'info_answer']) table = table.addColumn(name, 'text');
  await table.execute();
  await db.schema.createIndex('requests_discloser_state').on('requests').columns(['discloser', 'state']).execute();
  await db.schema.createIndex('requests_requester').on('requests').columns(['requester_id']).execute();
  await db.schema.alterTable('outbox').addColumn('request_id', 'varchar(64)').execute();
  await db.schema.alterTable('outbox').addColumn('recipient_id', 'varchar(200)').execute();
  await db.schema.alterTable('outbox').addColumn('replaces_activity_id', 'varchar(400)').execute();
  await db.schema.createIndex('outbox_request').on('outbox').columns(['request_id']).execute();
  await db.schema
    .createTable('audit_anchor')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('at', 'varchar(40)', (c) => c.notNull())
    .execute();
}
