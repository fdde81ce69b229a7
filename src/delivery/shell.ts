// The one shell that carries out what a service decided (effects.ts), inside the transaction of the record
// change: audit entries appended, each recipient's card rendered from the stored record in that
// recipient's language and queued in the outbox, copies tracked and redrawn, notices queued.
import type { ConversationReference } from 'botbuilder';
import type { Card } from '../cards/cards';
import type { Directory } from '../directory/directory';
import { unreachedAlerts } from '../graph/reach';
import { appendAuditIn } from '../store/audit';
import { cardActivity, rebuildCardCopies, sendCardCopy, trackCardCopy, type RecordKind, type RecordRef } from '../store/card-copies';
import { enqueue } from '../store/outbox';
import { readReference } from '../store/sql-store';
import type { Trx } from '../store/transactions';
import { langOfLocale, type Lang } from '../vocabulary';
import type { Effect } from './effects';
import { noticeCard } from './notices';

/** Who a card is drawn for: their directory id, their id in the chat (for the card's refresh) and language. */
export interface Reader {
  id: string;
  mri: string | null;
  lang: Lang;
}

/** A stored record's card for any reader, read inside the transaction; undefined when there is no such record. */
export type CardOfRecord = (trx: Trx, recordId: string) => Promise<((reader: Reader) => Card) | undefined>;

export interface Shell {
  directory: Directory;
  postgres: boolean;
  /** How each kind of record is read and drawn. */
  cards: Partial<Record<RecordKind, CardOfRecord>>;
}

/** The reader of a chat: the language is the reference's locale (the reader's own language where known, see readReference). */
export const readerOf = (id: string, reference: Partial<ConversationReference>): Reader => ({ id, mri: reference.user?.id ?? null, lang: langOfLocale(reference.locale) });

/** Carries out the effects in order. A recipient without a conversation reference gets nothing (the services plan with reachableAmong). */
export async function carryOut(trx: Trx, effects: readonly Effect[], shell: Shell, at: string): Promise<void> {
  const drawn = new Map<string, (reader: Reader) => Card>();
  const cardOf = async (record: RecordRef) => {
    const key = `${record.kind}:${record.id}`;
    const known = drawn.get(key);
    if (known) return known;
    const draw = await shell.cards[record.kind]?.(trx, record.id);
    if (!draw) throw new Error(`geen ${record.kind} ${record.id} om te tonen`);
    drawn.set(key, draw);
    return draw;
  };
  for (const effect of effects) {
    switch (effect.do) {
      case 'audit':
        await appendAuditIn(trx, shell.postgres, effect.event, effect.data, at);
        break;
      case 'send-card': {
        const reference = await readReference(trx, effect.to);
        if (reference) await sendCardCopy(trx, effect.record, effect.to, reference, (await cardOf(effect.record))(readerOf(effect.to, reference)), at);
        break;
      }
      case 'track-card':
        await trackCardCopy(trx, effect.record, effect.to, effect.reference, effect.activityId, at);
        break;
      case 'refresh-cards': {
        const draw = await cardOf(effect.record);
        await rebuildCardCopies(trx, effect.record, (id, reference) => draw(readerOf(id, reference)), at);
        break;
      }
      case 'notify': {
        const reference = await readReference(trx, effect.to);
        if (reference) await enqueue(trx, { reference, activity: cardActivity(noticeCard(effect.notice, readerOf(effect.to, reference).lang)), kind: effect.kind, recipientId: effect.to }, at);
        break;
      }
      case 'alert-unreached':
        await carryOut(trx, unreachedAlerts(shell.directory, effect.unreached), shell, at);
        break;
    }
  }
}
