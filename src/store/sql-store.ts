// The store on the database: profiles, conversation references, processed activities and the audit log.
import { randomUUID } from 'node:crypto';
import type { ConversationReference } from 'botbuilder';
import type { AuditEntry } from '../requests/audit-chain';
import { appendAuditIn, isPostgres, readAnchor, rowToEntry, withRetry } from './audit';
import { formatPartyRef, parsePartyRef, type PartyRef } from '../vocabulary';
import type { Kysely, Transaction } from 'kysely';
import type { Database, Db } from './database';

export interface Store {
  getProfile(userId: string): Promise<PartyRef | undefined>;
  setProfile(userId: string, party: PartyRef, at: string): Promise<void>;
  getReference(userId: string): Promise<Partial<ConversationReference> | undefined>;
  saveReference(userId: string, reference: Partial<ConversationReference>, at: string): Promise<void>;
  /** Counts one answered question: when, whose organisation, verdict, data categories and purpose. No text. */
  recordQuestion(fact: { at: string; party: PartyRef; verdict: string; data: string[]; purpose: string | null }): Promise<void>;
  /** Remembers the language a user typed in, for messages the bot sends them later. */
  setLanguage(userId: string, lang: 'nl' | 'en'): Promise<void>;
  /** True the first time an activity id is seen, false on a replay. */
  markProcessed(activityId: string, at: string): Promise<boolean>;
  appendAudit(kind: string, data: AuditEntry['data'], at: string): Promise<AuditEntry>;
  readAudit(): Promise<AuditEntry[]>;
  /** The seq and hash the chain continues from after a purge, if any. */
  readAuditAnchor(): Promise<{ seq: number; hash: string } | undefined>;
  close(): Promise<void>;
}

/** How to reach a user, read through `db` or a transaction (a transaction must not wait on the pool). */
export async function readReference(db: Kysely<Database> | Transaction<Database>, userId: string): Promise<Partial<ConversationReference> | undefined> {
  const row = await db.selectFrom('conversation_refs').select(['reference', 'lang']).where('user_id', '=', userId).executeTakeFirst();
  if (!row) return undefined;
  const reference = JSON.parse(row.reference) as Partial<ConversationReference>;
  // The language the user writes in says more than the client's locale (the playground always says en-US).
  if (row.lang === 'nl' || row.lang === 'en') reference.locale = row.lang === 'en' ? 'en-US' : 'nl-NL';
  return reference;
}

export function sqlStore(db: Db): Store {
  return {
    async getProfile(userId) {
      const row = await db.selectFrom('profiles').select('party').where('user_id', '=', userId).executeTakeFirst();
      if (!row) return undefined;
      const parsed = parsePartyRef(row.party);
      return 'error' in parsed ? undefined : parsed;
    },
    async setProfile(userId, party, at) {
      const value = formatPartyRef(party)!;
      await db
        .insertInto('profiles')
        .values({ user_id: userId, party: value, updated_at: at })
        .onConflict((oc) => oc.column('user_id').doUpdateSet({ party: value, updated_at: at }))
        .execute();
    },
    getReference: (userId) => readReference(db, userId),
    async saveReference(userId, reference, at) {
      const value = JSON.stringify(reference);
      await db
        .insertInto('conversation_refs')
        .values({ user_id: userId, reference: value, updated_at: at, lang: null })
        .onConflict((oc) => oc.column('user_id').doUpdateSet({ reference: value, updated_at: at }))
        .execute();
    },
    async recordQuestion(fact) {
      await db
        .insertInto('question_log')
        .values({ id: randomUUID(), at: fact.at, party: formatPartyRef(fact.party)!, verdict: fact.verdict, data: fact.data.join(','), purpose: fact.purpose })
        .execute();
    },
    async setLanguage(userId, lang) {
      await db.updateTable('conversation_refs').set({ lang }).where('user_id', '=', userId).execute();
    },
    async markProcessed(activityId, at) {
      const result = await db
        .insertInto('processed_activities')
        .values({ activity_id: activityId, at })
        .onConflict((oc) => oc.column('activity_id').doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },
    async appendAudit(kind, data, at) {
      return withRetry(db, (trx) => appendAuditIn(trx, isPostgres(db), kind, data, at));
    },
    async readAudit() {
      const rows = await db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
      return rows.map(rowToEntry);
    },
    readAuditAnchor: () => readAnchor(db),
    async close() {
      await db.destroy();
    },
  };
}

