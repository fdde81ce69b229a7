// The store on the database: profiles, conversation references, processed activities and the audit log.
import type { ConversationReference } from 'botbuilder';
import { nextEntry, type AuditEntry } from '../requests/audit-chain';
import { formatPartyRef, parsePartyRef, type PartyRef } from '../vocabulary';
import type { Db } from './database';

export interface Store {
  getProfile(userId: string): Promise<PartyRef | undefined>;
  setProfile(userId: string, party: PartyRef, at: string): Promise<void>;
  getReference(userId: string): Promise<Partial<ConversationReference> | undefined>;
  saveReference(userId: string, reference: Partial<ConversationReference>, at: string): Promise<void>;
  /** True the first time an activity id is seen, false on a replay. */
  markProcessed(activityId: string, at: string): Promise<boolean>;
  appendAudit(kind: string, data: AuditEntry['data'], at: string): Promise<AuditEntry>;
  readAudit(): Promise<AuditEntry[]>;
  close(): Promise<void>;
}

const rowToEntry = (r: { seq: number | string; at: string; kind: string; data: string; prev_hash: string; hash: string }): AuditEntry => ({
  seq: Number(r.seq),
  at: r.at,
  kind: r.kind,
  data: JSON.parse(r.data) as AuditEntry['data'],
  prevHash: r.prev_hash,
  hash: r.hash,
});

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
    async getReference(userId) {
      const row = await db.selectFrom('conversation_refs').select('reference').where('user_id', '=', userId).executeTakeFirst();
      return row ? (JSON.parse(row.reference) as Partial<ConversationReference>) : undefined;
    },
    async saveReference(userId, reference, at) {
      const value = JSON.stringify(reference);
      await db
        .insertInto('conversation_refs')
        .values({ user_id: userId, reference: value, updated_at: at })
        .onConflict((oc) => oc.column('user_id').doUpdateSet({ reference: value, updated_at: at }))
        .execute();
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
      // The unique hash and the primary key on seq make a concurrent append fail rather than fork the chain.
      for (let attempt = 0; ; attempt++) {
        try {
          return await db.transaction().execute(async (trx) => {
            const last = await trx.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirst();
            const entry = nextEntry(last ? rowToEntry(last) : undefined, at, kind, data);
            await trx
              .insertInto('audit_log')
              .values({ seq: entry.seq, at: entry.at, kind: entry.kind, data: JSON.stringify(entry.data), prev_hash: entry.prevHash, hash: entry.hash })
              .execute();
            return entry;
          });
        } catch (error) {
          if (attempt >= 20) throw error;
        }
      }
    },
    async readAudit() {
      const rows = await db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
      return rows.map(rowToEntry);
    },
    async close() {
      await db.destroy();
    },
  };
}

