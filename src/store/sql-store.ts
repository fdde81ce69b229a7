// The store on the database: profiles, conversation references, processed activities and the audit log.
import { randomUUID } from 'node:crypto';
import type { ConversationReference } from 'botbuilder';
import type { AuditEntry } from '../requests/audit-chain';
import { appendAuditIn, readAnchor, rowToEntry } from './audit';
import { isPostgres, withRetry } from './transactions';
import { withReaderLanguage } from './card-copies';
import { formatPartyRef, parsePartyRef, type PartyRef } from '../vocabulary';
import { sql, type Kysely, type Transaction } from 'kysely';
import { idleSqlite, withoutDiskWait, type Database, type Db, type QuestionLogTable } from './database';

export interface Store {
  getProfile(userId: string): Promise<PartyRef | undefined>;
  setProfile(userId: string, party: PartyRef, at: string): Promise<void>;
  getReference(userId: string): Promise<Partial<ConversationReference> | undefined>;
  /** Stores how to reach a user; true when it was new or changed. */
  saveReference(userId: string, reference: Partial<ConversationReference>, at: string): Promise<boolean>;
  /** Counts one answered question: when, whose organisation, verdict, data categories and purpose. No text. */
  recordQuestion(fact: { at: string; party: PartyRef; verdict: string; data: string[]; purpose: string | null }): Promise<void>;
  /** Writes the question counts (and on SQLite the replay marks) still waiting in memory. */
  flushQuestions(): Promise<void>;
  /** Remembers the language a user typed in, for messages the bot sends them later. */
  setLanguage(userId: string, lang: 'nl' | 'en'): Promise<void>;
  /** True the first time an activity id is seen, false on a replay. */
  markProcessed(activityId: string, at: string): Promise<boolean>;
  /**
   * Forgets the processed ids recorded before `before`, except those starting with `keepPrefix` (records
   * that must hold for good, such as a conversation's welcome); the number forgotten.
   */
  forgetProcessedBefore(before: string, keepPrefix: string): Promise<number>;
  appendAudit(kind: string, data: AuditEntry['data'], at: string): Promise<AuditEntry>;
  readAudit(): Promise<AuditEntry[]>;
  /** The seq and hash the chain continues from after a purge, if any. */
  readAuditAnchor(): Promise<{ seq: number; hash: string } | undefined>;
  close(): Promise<void>;
}

const markQuery = (db: Kysely<Database> | Transaction<Database>, activityId: string, at: string) =>
  db
    .insertInto('processed_activities')
    .values({ activity_id: activityId, at })
    .onConflict((oc) => oc.column('activity_id').doNothing());

/** Records an activity id inside `db` or a transaction; true the first time, false on a redelivery. */
export async function markProcessedIn(db: Kysely<Database> | Transaction<Database>, activityId: string, at: string): Promise<boolean> {
  const result = await markQuery(db, activityId, at).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** How to reach a user, read through `db` or a transaction (a transaction must not wait on the pool). */
export async function readReference(db: Kysely<Database> | Transaction<Database>, userId: string): Promise<Partial<ConversationReference> | undefined> {
  const row = await db.selectFrom('conversation_refs').select(['reference', 'lang']).where('user_id', '=', userId).executeTakeFirst();
  if (!row) return undefined;
  // The language the user writes in says more than the client's locale (the playground always says en-US).
  return withReaderLanguage(JSON.parse(row.reference) as Partial<ConversationReference>, row.lang);
}

/** Of these users, those the bot can reach: the ones with a stored conversation reference. */
export async function usersWithReference(db: Kysely<Database> | Transaction<Database>, userIds: readonly string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('conversation_refs')
    .select('user_id')
    .where('user_id', 'in', [...new Set(userIds)])
    .execute();
  return new Set(rows.map((r) => r.user_id));
}

/**
 * A unique id that sorts by creation time: rows are appended at the end of the primary-key index instead
 * of at random places in it, which keeps inserts into a large log cheap.
 */
const timeOrderedId = () => `${Date.now().toString(36).padStart(9, '0')}-${randomUUID()}`;

/** One question count as a row; the direct path's statement is compiled from a row of this shape. */
const questionRow = (id: string, at: string, party: string, verdict: string, data: string, purpose: string | null): QuestionLogTable => ({ id, at, party, verdict, data, purpose });

/**
 * On PostgreSQL, how long the first turn's replay mark waits for others to join its commit (on SQLite the
 * marks go with the question counts' batch). Under load a wider group means fewer commits, and the turns then
 * go on together, so the code they run next is still in the CPU's caches (a cold commit costs several times a
 * warm one). A short window rather than the next
 * event-loop turn groups more marks per commit (`npm run bench` shows the effect on question turns). A
 * message waits at most this long more, far less than Teams' own round trip.
 */
const MARK_WINDOW_MS = 1;

/** Question counts (and on SQLite replay marks) held in memory before they are written without waiting for the timer. */
const BATCH_ROWS = 200;

/** Processed ids forgotten per statement. */
const FORGET_SLICE = 5_000;

export function sqlStore(db: Db): Store {
  // Question counts are written in batches (at most half a second late): one commit for many turns.
  let pendingQuestions: QuestionLogTable[] = [];
  let flushTimer: NodeJS.Timeout | undefined;
  // One row's insert as SQL, for the direct path (its parameters: the row's values in questionRow's order).
  const questionSql = db
    .insertInto('question_log')
    .values(questionRow('', '', '', '', '', null))
    .compile().sql;
  // The question counts and (on SQLite) replay marks waiting in memory, written in one go.
  const flush = async () => {
    if (flushTimer) clearTimeout(flushTimer);
    flushTimer = undefined;
    const batch = pendingQuestions;
    pendingQuestions = [];
    const marks = [...pendingMarks];
    const sqlite = idleSqlite(db);
    // Directly rather than through Kysely, which compiles a new statement for every batch size.
    if (sqlite) {
      if (marks.length > 0) sqlite.runEachWithoutDiskWait(markSql, marks);
      if (batch.length > 0)
        sqlite.runEachWithoutDiskWait(
          questionSql,
          batch.map((row) => Object.values(row)),
        );
    } else if (marks.length > 0 || batch.length > 0) {
      await withoutDiskWait(db, async (trx) => {
        for (const [activityId, at] of marks) await markProcessedIn(trx, activityId, at);
        if (batch.length > 0) await trx.insertInto('question_log').values(batch).execute();
      });
    }
    // Only once written: until then an id is still known to be seen.
    for (const [activityId] of marks) pendingMarks.delete(activityId);
  };
  const scheduleFlush = () => {
    if (flushTimer) return;
    flushTimer = setTimeout(() => void flush().catch(() => undefined), 500);
    flushTimer.unref();
  };
  // Group commit: the activity ids of turns arriving within MARK_WINDOW_MS of each other are recorded in
  // one transaction; each caller still learns whether its id was new. On PostgreSQL, where several
  // instances may receive the same redelivery.
  let waitingMarks: { activityId: string; at: string; resolve: (fresh: boolean) => void; reject: (error: unknown) => void }[] = [];
  // markProcessedIn's statement as SQL, for the direct path (its parameters: activity id, at).
  const markSql = markQuery(db, '', '').compile().sql;
  const markOnPostgres = (activityId: string, at: string) =>
    new Promise<boolean>((resolve, reject) => {
      waitingMarks.push({ activityId, at, resolve, reject });
      if (waitingMarks.length === 1) setTimeout(() => void commitMarks(), MARK_WINDOW_MS);
    });
  const commitMarks = async () => {
    const batch = waitingMarks;
    waitingMarks = [];
    try {
      // A mark lost with the machine's power costs at most one repeated answer; no disk wait per turn.
      const fresh = await withoutDiskWait(db, async (trx) => {
        const inserted = new Set<string>();
        for (const mark of batch) {
          if (await markProcessedIn(trx, mark.activityId, mark.at)) inserted.add(mark.activityId);
        }
        return inserted;
      });
      const seen = new Set<string>();
      for (const mark of batch) {
        // The same id twice in one batch: only the first is fresh.
        mark.resolve(fresh.has(mark.activityId) && !seen.has(mark.activityId));
        seen.add(mark.activityId);
      }
    } catch (error) {
      for (const mark of batch) mark.reject(error);
    }
  };
  // On SQLite this instance is the file's only user (sole-instance.ts), so whether an id was seen is the
  // table plus the marks not written yet; those are written with the question counts' next batch, one
  // commit for many turns instead of one per turn. A crash loses at most that batch's marks together
  // with its counts: a redelivery after a restart is then answered and counted once more, not twice.
  const pendingMarks = new Map<string, string>();
  const seenQuery = (activityId: string) => db.selectFrom('processed_activities').select('activity_id').where('activity_id', '=', activityId);
  // seenQuery's statement as SQL, for the direct path (its parameter: activity id).
  const seenSql = seenQuery('').compile().sql;
  const storedMark = async (activityId: string) => {
    const sqlite = idleSqlite(db);
    if (sqlite) return sqlite.prepare(seenSql).get(activityId) !== undefined;
    return (await seenQuery(activityId).executeTakeFirst()) !== undefined;
  };
  const markOnSqlite = async (activityId: string, at: string) => {
    if (pendingMarks.has(activityId) || (await storedMark(activityId)) || pendingMarks.has(activityId)) return false;
    pendingMarks.set(activityId, at);
    if (pendingMarks.size >= BATCH_ROWS) await flush();
    else scheduleFlush();
    return true;
  };
  // What this instance last read or wrote for a user, so an unchanged reference or language costs no query.
  const known = new Map<string, { reference: string | undefined; lang: string | null }>();
  const remember = (userId: string, entry: { reference: string | undefined; lang: string | null }) => {
    if (known.size >= 10_000) known.delete(known.keys().next().value!);
    known.set(userId, entry);
  };
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
      // The id of the message it came with changes every turn and is not needed to reach the user again.
      const { activityId: _activityId, ...stable } = reference;
      const value = JSON.stringify(stable);
      // Written only when it changed: most turns then commit nothing, and read nothing when this
      // instance saw the same reference last time.
      if (known.get(userId)?.reference === value) return false;
      const stored = await db.selectFrom('conversation_refs').select(['reference', 'lang']).where('user_id', '=', userId).executeTakeFirst();
      remember(userId, { reference: stored?.reference, lang: stored?.lang ?? null });
      if (stored?.reference === value) return false;
      await db
        .insertInto('conversation_refs')
        .values({ user_id: userId, reference: value, updated_at: at, lang: null })
        .onConflict((oc) => oc.column('user_id').doUpdateSet({ reference: value, updated_at: at }))
        .execute();
      remember(userId, { reference: value, lang: stored?.lang ?? null });
      return true;
    },
    async recordQuestion(fact) {
      pendingQuestions.push(questionRow(timeOrderedId(), fact.at, formatPartyRef(fact.party)!, fact.verdict, fact.data.join(','), fact.purpose));
      if (pendingQuestions.length >= BATCH_ROWS) await flush();
      else scheduleFlush();
    },
    flushQuestions: () => flush(),
    async setLanguage(userId, lang) {
      const memo = known.get(userId);
      if (memo && memo.lang === lang) return;
      const stored = await db.selectFrom('conversation_refs').select(['reference', 'lang']).where('user_id', '=', userId).executeTakeFirst();
      if (stored && stored.lang !== lang) await db.updateTable('conversation_refs').set({ lang }).where('user_id', '=', userId).execute();
      if (stored) remember(userId, { reference: stored.reference, lang });
    },
    markProcessed: (activityId, at) => (isPostgres(db) ? markOnPostgres(activityId, at) : markOnSqlite(activityId, at)),
    async forgetProcessedBefore(before, keepPrefix) {
      await flush();
      // In slices, so that on SQLite (one connection, synchronous) turns get their turn between them.
      let forgotten = 0;
      for (;;) {
        const slice = db
          .selectFrom('processed_activities')
          .select('activity_id')
          .where('at', '<', before)
          .where(sql<string>`substr(activity_id, 1, ${keepPrefix.length})`, '<>', keepPrefix)
          .limit(FORGET_SLICE);
        const deleted = Number((await db.deleteFrom('processed_activities').where('activity_id', 'in', slice).executeTakeFirst()).numDeletedRows);
        forgotten += deleted;
        if (deleted < FORGET_SLICE) return forgotten;
      }
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
      await flush();
      await db.destroy();
    },
  };
}
