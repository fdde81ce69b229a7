// Migration 009-card-copies. Its name is recorded in the database: never rename it or change what it does.
// Copies of a request's or breach's card in people's chats get their own table; the outbox used to double
// as that registry (its request_id also held breach ids, and a card someone acted on was a fake `sent`
// row). Every copy is carried over: its chat, its reader, the activity Teams gave it once delivered, and
// the message still queued for it (its first send, or the latest pending replacement).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('card_copies')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('record_kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('record_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('recipient_id', 'varchar(200)', (c) => c.notNull())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('activity_id', 'varchar(400)')
    .addColumn('outbox_id', 'varchar(64)')
    .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('card_copies_record').on('card_copies').columns(['record_kind', 'record_id']).execute();
  await db.schema.createIndex('card_copies_outbox').on('card_copies').column('outbox_id').execute();
  // A copy sent through the outbox keeps its message; a card someone acted on (never sent: no attempts) has none.
  await sql`
    insert into card_copies (id, record_kind, record_id, recipient_id, reference, activity_id, outbox_id, created_at)
    select id, case when kind = 'breach-card' then 'breach' else 'request' end, request_id, coalesce(recipient_id, ''), reference, sent_activity_id,
           case when status = 'sent' and attempts = 0 then null else id end, created_at
    from outbox where request_id is not null and kind in ('request-card', 'breach-card')`.execute(db);
  // A replacement still waiting is the copy's message now.
  const waitingUpdate = sql`
    select u.id from outbox u
    where u.kind in ('request-card-update', 'breach-card-update') and u.status = 'pending'
      and u.request_id = card_copies.record_id and u.replaces_activity_id = card_copies.activity_id`;
  await sql`update card_copies set outbox_id = (${waitingUpdate} limit 1) where exists (${waitingUpdate})`.execute(db);
  await sql`delete from outbox where request_id is not null and status = 'sent' and attempts = 0`.execute(db);
  await db.schema.dropIndex('outbox_request').execute();
  await db.schema.alterTable('outbox').dropColumn('request_id').execute();
}
