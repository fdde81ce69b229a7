// Copies of a record's card in people's chats (outbox rows of one kind for one record id). After a
// change every copy is rebuilt from the record: copies not yet sent are rewritten, sent ones replaced
// in place, with at most one pending replacement per copy.
import type { ConversationReference } from 'botbuilder';
import type { Transaction } from 'kysely';
import type { Database } from './database';
import { enqueue } from './outbox';

type Reference = Partial<ConversationReference>;

export const cardActivity = (card: object) => ({ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] });

export async function rebuildCardCopies(trx: Transaction<Database>, recordId: string, kind: string, render: (recipientId: string | undefined, reference: Reference) => object, at: string): Promise<void> {
  const copies = await trx.selectFrom('outbox').selectAll().where('request_id', '=', recordId).where('kind', '=', kind).execute();
  for (const copy of copies) {
    const reference = JSON.parse(copy.reference) as Reference;
    const activity = JSON.stringify(cardActivity(render(copy.recipient_id ?? undefined, reference)));
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
