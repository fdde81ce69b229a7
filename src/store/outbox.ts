// The transactional outbox: messages are written in the same transaction as the change that causes
// them, and a sender delivers them with retries, pacing and dead-lettering. Pending messages survive
// a restart because they live in the database.
import { randomUUID } from 'node:crypto';
import type { ConversationReference, Activity } from 'botbuilder';
import type { Kysely, Transaction } from 'kysely';
import type { Database, Db, OutboxTable } from './database';
import { isPostgres, type Executor } from './transactions';
import { ConversationPacer, MAX_ATTEMPTS, isRetryable, nextAttemptDelayMs, type SendError } from './outbox-policy';

/** What a delivered message's content is replaced with. */
export const DELIVERED_PAYLOAD = '{}';

/** How long a claimed row stays with its sender before another may take it. */
export const CLAIM_MS = 60_000;

export interface OutboxMessage {
  reference: Partial<ConversationReference>;
  activity: Partial<Activity>;
  kind: string;
  /** Whom it is for (the directory's id), when it is for a person. */
  recipientId?: string;
  /** Replace this earlier activity (update a card in place) instead of sending a new one. */
  replacesActivityId?: string;
}

/** Adds a message inside the caller's transaction (or on its own when given the database). */
export async function enqueue(db: Kysely<Database> | Transaction<Database>, message: OutboxMessage, at: string): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('outbox')
    .values({
      id,
      conversation_key: message.reference.conversation?.id ?? 'onbekend',
      reference: JSON.stringify(message.reference),
      activity: JSON.stringify(message.activity),
      kind: message.kind,
      status: 'pending',
      attempts: 0,
      next_attempt_at: at,
      last_error: null,
      sent_activity_id: null,
      created_at: at,
      recipient_id: message.recipientId ?? null,
      replaces_activity_id: message.replacesActivityId ?? null,
      claim: null,
    })
    .execute();
  return id;
}

/** Sends the activity, or replaces the activity `replacesActivityId` with it; returns the id Teams gave. */
export type Deliver = (reference: Partial<ConversationReference>, activity: Partial<Activity>, replacesActivityId?: string) => Promise<{ id?: string }>;

export interface SenderOptions {
  deliver: Deliver;
  /** Called once for each message given up on, to alert the privacy officer. */
  onDeadLetter: (message: { id: string; kind: string }) => Promise<void>;
  now: () => number;
  random: () => number;
  batch?: number;
}

export interface DrainResult {
  sent: number;
  retried: number;
  dead: number;
  paced: number;
}

export class OutboxSender {
  private pacer = new ConversationPacer();
  constructor(
    private db: Db,
    private options: SenderOptions,
  ) {}

  /** Delivers what is due now; returns what happened. Safe to call from a timer. */
  async drainOnce(): Promise<DrainResult> {
    const { deliver, onDeadLetter, now, random } = this.options;
    const result: DrainResult = { sent: 0, retried: 0, dead: 0, paced: 0 };
    const nowIso = new Date(now()).toISOString();
    // Claim the due rows first: on PostgreSQL `FOR UPDATE SKIP LOCKED` lets several senders split the work
    // without waiting on each other; the claim lapses after CLAIM_MS if this sender dies mid-way.
    const claim = randomUUID();
    const due = await this.db.transaction().execute(async (trx) => {
      let query = trx
        .selectFrom('outbox')
        .selectAll()
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', nowIso)
        .orderBy('created_at')
        .limit(this.options.batch ?? 50);
      if (isPostgres(this.db)) query = query.forUpdate().skipLocked();
      const rows = await query.execute();
      if (rows.length > 0) {
        await trx
          .updateTable('outbox')
          .set({ claim, next_attempt_at: new Date(now() + CLAIM_MS).toISOString() })
          .where(
            'id',
            'in',
            rows.map((r) => r.id),
          )
          .execute();
      }
      return rows.map((r) => ({ ...r, claim }));
    });
    for (const row of due) {
      const wait = this.pacer.waitMs(row.conversation_key, now());
      if (wait > 0) {
        await this.update(this.db, row, { next_attempt_at: new Date(now() + wait).toISOString() });
        result.paced++;
        continue;
      }
      this.pacer.record(row.conversation_key, now());
      try {
        const sent = await deliver(JSON.parse(row.reference), JSON.parse(row.activity), row.replaces_activity_id ?? undefined);
        const sentId = sent.id ?? row.replaces_activity_id ?? null;
        // Delivered: the card's content (case numbers, necessity, names) is no longer kept. Updating a copy
        // later rebuilds it from the stored record; only the reference and the sent activity's id are needed.
        await this.db.transaction().execute(async (trx) => {
          const recorded =
            (await this.update(trx, row, { status: 'sent', activity: DELIVERED_PAYLOAD, sent_activity_id: sentId, attempts: row.attempts + 1, last_error: null }, true)) ||
            // The card was rebuilt while it was on its way: send the newer content as a replacement of what arrived.
            (await this.update(trx, row, { sent_activity_id: sentId, replaces_activity_id: sentId, attempts: row.attempts + 1, next_attempt_at: nowIso }));
          // A copy of a record's card: later versions replace this activity in place.
          if (recorded && sentId) await trx.updateTable('card_copies').set({ activity_id: sentId }).where('outbox_id', '=', row.id).execute();
        });
        result.sent++;
      } catch (raw) {
        const error = toSendError(raw);
        const attempts = row.attempts + 1;
        const reason = `${error.statusCode ?? 'netwerk'}`;
        if (!isRetryable(error) || attempts >= MAX_ATTEMPTS) {
          await this.update(this.db, row, { status: 'dead', attempts, last_error: reason });
          await onDeadLetter({ id: row.id, kind: row.kind });
          result.dead++;
        } else {
          const delay = nextAttemptDelayMs(error, attempts, random());
          await this.update(this.db, row, { attempts, last_error: reason, next_attempt_at: new Date(now() + delay).toISOString() });
          result.retried++;
        }
      }
    }
    return result;
  }

  /** Writes the outcome if this sender still holds the claim (and, when asked, the content is unchanged). */
  private async update(db: Executor, row: OutboxTable, fields: Partial<OutboxTable>, unchangedContent = false) {
    let query = db
      .updateTable('outbox')
      .set({ next_attempt_at: row.next_attempt_at, ...fields, claim: null })
      .where('id', '=', row.id)
      .where('status', '=', 'pending')
      .where('claim', '=', row.claim);
    if (unchangedContent) query = query.where('activity', '=', row.activity);
    return Number((await query.executeTakeFirst()).numUpdatedRows) === 1;
  }
}

/** Reads the status code and Retry-After from the errors botbuilder's connector client throws. */
export function toSendError(raw: unknown): SendError {
  const e = raw as { statusCode?: unknown; response?: { status?: unknown; headers?: { get?: (name: string) => string | null | undefined } | Record<string, unknown> } };
  const status = typeof e?.statusCode === 'number' ? e.statusCode : typeof e?.response?.status === 'number' ? e.response.status : undefined;
  const headers = e?.response?.headers;
  const header =
    headers && typeof (headers as { get?: unknown }).get === 'function'
      ? (headers as { get: (n: string) => string | null | undefined }).get('retry-after')
      : (headers as Record<string, unknown> | undefined)?.['retry-after'];
  const seconds = header !== undefined && header !== null ? Number(header) : NaN;
  return { statusCode: status, retryAfterMs: Number.isFinite(seconds) ? seconds * 1_000 : undefined };
}
