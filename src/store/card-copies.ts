// Copies of a record's card in people's chats (outbox rows of one kind for one record id). After a
// change every copy is rebuilt from the record: copies not yet sent are rewritten, sent ones replaced
// in place, with at most one pending replacement per copy.
import type { ConversationReference } from 'botbuilder';
import type { Transaction } from 'kysely';
import type { Database } from './database';
import { enqueue } from './outbox';

type Reference = Partial<ConversationReference>;

/** A reference whose locale is the language its user last wrote in, when one was stored. */
export const withReaderLanguage = <T extends Reference>(reference: T, lang: string | null | undefined): T =>
  lang === 'nl' || lang === 'en' ? { ...reference, locale: lang === 'en' ? 'en-US' : 'nl-NL' } : reference;

export const cardActivity = (card: object) => ({ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] });

/**
 * Every copy is rendered for its reader: with the language they last wrote in (the copy's reference holds
 * the locale of the moment it was stored, which for a card someone acted on is their client's, not theirs).
 */
export async function rebuildCardCopies(trx: Transaction<Database>, recordId: string, kind: string, render: (recipientId: string | undefined, reference: Reference) => object, at: string): Promise<void> {
  const copies = await trx.selectFrom('outbox').selectAll().where('request_id', '=', recordId).where('kind', '=', kind).execute();
  const readers = [...new Set(copies.map((c) => c.recipient_id).filter((id): id is string => id != null))];
  const langs = new Map(
    readers.length > 0 ? (await trx.selectFrom('conversation_refs').select(['user_id', 'lang']).where('user_id', 'in', readers).execute()).map((r) => [r.user_id, r.lang]) : [],
  );
  for (const copy of copies) {
    const reference = JSON.parse(copy.reference) as Reference;
    const forReader = withReaderLanguage(reference, copy.recipient_id ? langs.get(copy.recipient_id) : null);
    const activity = JSON.stringify(cardActivity(render(copy.recipient_id ?? undefined, forReader)));
    if (copy.status === 'pending') {
      await trx.updateTable('outbox').set({ activity }).where('id', '=', copy.id).where('status', '=', 'pending').execute();
      continue;
    }
    if (copy.status !== 'sent' || !copy.sent_activity_id) continue;
    const waiting = await trx.updateTable('outbox').set({ activity }).where('replaces_activity_id', '=', copy.sent_activity_id).where('status', '=', 'pending').executeTakeFirst();
    if (Number(waiting.numUpdatedRows) > 0) continue;
    await enqueue(trx, { reference, activity: JSON.parse(activity), kind: `${kind}-update`, requestId: recordId, recipientId: copy.recipient_id ?? undefined, replacesActivityId: copy.sent_activity_id }, at);
  }
}

/** Sends a new copy of a record's card to one person. */
export async function sendCardCopy(trx: Transaction<Database>, recordId: string, kind: string, recipientId: string, reference: Reference, card: object, at: string): Promise<void> {
  await enqueue(trx, { reference, activity: cardActivity(card), kind, requestId: recordId, recipientId }, at);
}

/** A card already in someone's chat (the one they acted on): tracked so it is updated in place too. */
export async function recordSentCopy(trx: Transaction<Database>, recordId: string, kind: string, recipientId: string, reference: Reference, activityId: string, at: string): Promise<void> {
  const id = await enqueue(trx, { reference, activity: {}, kind, requestId: recordId, recipientId }, at);
  await trx.updateTable('outbox').set({ status: 'sent', sent_activity_id: activityId }).where('id', '=', id).execute();
}
