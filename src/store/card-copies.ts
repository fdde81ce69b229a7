// Copies of a record's card in people's chats (table card_copies). After a change every copy is rebuilt
// from the record: a copy whose message is still queued has that message rewritten, a delivered one gets
// a replacement in place, with at most one pending replacement per copy. The outbox only carries the
// messages; the sender tells a copy which activity Teams gave it.
import { randomUUID } from 'node:crypto';
import type { ConversationReference } from 'botbuilder';
import type { CardCopiesTable } from './database';
import { enqueue } from './outbox';
import type { Executor, Trx } from './transactions';

type Reference = Partial<ConversationReference>;

export type RecordKind = CardCopiesTable['record_kind'];
/** The stored record a card shows. */
export interface RecordRef {
  kind: RecordKind;
  id: string;
}

/** The outbox kind of a record's card (a replacement adds `-update`). */
export const CARD_OUTBOX_KIND: Record<RecordKind, string> = { request: 'request-card', breach: 'breach-card' };

/** A reference whose locale is the language its user last wrote in, when one was stored. */
export const withReaderLanguage = <T extends Reference>(reference: T, lang: string | null | undefined): T =>
  lang === 'nl' || lang === 'en' ? { ...reference, locale: lang === 'en' ? 'en-US' : 'nl-NL' } : reference;

export const cardActivity = (card: object) => ({ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] });

const newCopy = (record: RecordRef, recipientId: string, reference: Reference, at: string, sent: { activityId: string | null; outboxId: string | null }): CardCopiesTable => ({
  id: randomUUID(),
  record_kind: record.kind,
  record_id: record.id,
  recipient_id: recipientId,
  reference: JSON.stringify(reference),
  activity_id: sent.activityId,
  outbox_id: sent.outboxId,
  created_at: at,
});

/** Sends a new copy of a record's card to one person. */
export async function sendCardCopy(trx: Trx, record: RecordRef, recipientId: string, reference: Reference, card: object, at: string): Promise<void> {
  const outboxId = await enqueue(trx, { reference, activity: cardActivity(card), kind: CARD_OUTBOX_KIND[record.kind], recipientId }, at);
  await trx
    .insertInto('card_copies')
    .values(newCopy(record, recipientId, reference, at, { activityId: null, outboxId }))
    .execute();
}

/** A card already in someone's chat (the one they acted on): tracked so it is updated in place too. */
export async function trackCardCopy(trx: Trx, record: RecordRef, recipientId: string, reference: Reference, activityId: string, at: string): Promise<void> {
  await trx
    .insertInto('card_copies')
    .values(newCopy(record, recipientId, reference, at, { activityId, outboxId: null }))
    .execute();
}

/** Whether the person has (or is being sent) a copy of the record's card. */
export async function hasCardCopy(db: Executor, record: RecordRef, recipientId: string): Promise<boolean> {
  const row = await db.selectFrom('card_copies').select('id').where('record_kind', '=', record.kind).where('record_id', '=', record.id).where('recipient_id', '=', recipientId).executeTakeFirst();
  return row !== undefined;
}

/** Forgets every copy of these records, with the messages queued for them (records destroyed at the end of their retention). */
export async function forgetCardCopies(trx: Trx, kind: RecordKind, recordIds: string[]): Promise<void> {
  if (recordIds.length === 0) return;
  const copies = trx.selectFrom('card_copies').select('outbox_id').where('record_kind', '=', kind).where('record_id', 'in', recordIds).where('outbox_id', 'is not', null);
  await trx.deleteFrom('outbox').where('id', 'in', copies).execute();
  await trx.deleteFrom('card_copies').where('record_kind', '=', kind).where('record_id', 'in', recordIds).execute();
}

/**
 * Every copy is rendered for its reader: with the language they last wrote in (the copy's reference holds
 * the locale of the moment it was stored, which for a card someone acted on is their client's, not theirs).
 */
export async function rebuildCardCopies(trx: Trx, record: RecordRef, render: (recipientId: string, reference: Reference) => object, at: string): Promise<void> {
  const copies = await trx.selectFrom('card_copies').selectAll().where('record_kind', '=', record.kind).where('record_id', '=', record.id).orderBy('created_at').execute();
  const readers = [...new Set(copies.map((c) => c.recipient_id))];
  const langs = new Map(readers.length > 0 ? (await trx.selectFrom('conversation_refs').select(['user_id', 'lang']).where('user_id', 'in', readers).execute()).map((r) => [r.user_id, r.lang]) : []);
  for (const copy of copies) {
    const reference = JSON.parse(copy.reference) as Reference;
    const activity = cardActivity(render(copy.recipient_id, withReaderLanguage(reference, langs.get(copy.recipient_id))));
    if (copy.outbox_id) {
      const waiting = await trx
        .updateTable('outbox')
        .set({ activity: JSON.stringify(activity) })
        .where('id', '=', copy.outbox_id)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      if (Number(waiting.numUpdatedRows) > 0) continue;
    }
    if (!copy.activity_id) continue; // never delivered: given up on
    const outboxId = await enqueue(trx, { reference, activity, kind: `${CARD_OUTBOX_KIND[record.kind]}-update`, recipientId: copy.recipient_id, replacesActivityId: copy.activity_id }, at);
    await trx.updateTable('card_copies').set({ outbox_id: outboxId }).where('id', '=', copy.id).execute();
  }
}
