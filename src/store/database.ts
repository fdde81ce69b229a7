// One typed query layer (Kysely) over embedded SQLite and PostgreSQL; the migrations are in migrations/, one file each.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, sql, type Transaction, PostgresDialect, SqliteDialect, type MigrationProvider } from 'kysely';
import type { DatabaseTarget } from '../config/config';
import { isPostgres, markPostgres } from './transactions';
import { MIGRATIONS } from './migrations';

export interface ProfilesTable {
  user_id: string;
  party: string;
  updated_at: string;
}
export interface ConversationRefsTable {
  user_id: string;
  reference: string;
  updated_at: string;
  /** The language the user last typed in (nl/en); wins over the client's locale for messages the bot starts. */
  lang: string | null;
}
export interface AuditLogTable {
  seq: number;
  at: string;
  kind: string;
  data: string;
  prev_hash: string;
  hash: string;
}
export interface ProcessedActivitiesTable {
  activity_id: string;
  at: string;
}

export interface OutboxTable {
  id: string;
  conversation_key: string;
  reference: string;
  activity: string;
  kind: string;
  status: 'pending' | 'sent' | 'dead';
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  sent_activity_id: string | null;
  created_at: string;
  /** Whom the message is for (the directory's id), when it is for a person: dead letters are reported to their privacy officer. */
  recipient_id: string | null;
  /** Set when the message replaces an earlier one (a card updated in place) instead of adding one. */
  replaces_activity_id: string | null;
  /** The sender that claimed the row for delivery; the claim lapses at next_attempt_at. */
  claim: string | null;
}

/** A copy of a request's or breach's card in someone's chat, rebuilt from the record after every change. */
export interface CardCopiesTable {
  id: string;
  record_kind: 'request' | 'breach';
  record_id: string;
  recipient_id: string;
  reference: string;
  /** The activity Teams gave the card once delivered: later versions replace it in place. */
  activity_id: string | null;
  /** The outbox message last queued for the copy (its first send or a replacement), while it may still be pending. */
  outbox_id: string | null;
  created_at: string;
}

/** teams-ai turn state (botbuilder Storage): one JSON document per key, with an eTag. */
export interface BotStateTable {
  key: string;
  value: string;
  etag: string;
}

export interface RequestsTable {
  id: string;
  /** The activity that filed it: the same activity delivered twice files one request. */
  filed_activity: string;
  case_ref: string;
  state: string;
  /** Raised on every change; updates are conditional on it, so of two concurrent decisions one wins. */
  version: number;
  requester_id: string;
  requester_party: string;
  discloser: string;
  recipient: string;
  subject: string;
  data: string;
  purpose: string;
  consent: number;
  urgency: string;
  delivery: string;
  necessity: string;
  covenant: string;
  snapshot: string;
  sla_days: number;
  created_at: string;
  updated_at: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_reason: string | null;
  info_question: string | null;
  info_answer: string | null;
  reminded_at: string | null;
  escalated_at: string | null;
  retain_until: string;
}

/** Where the audit chain starts after a purge: the last purged entry's seq and hash. */
export interface AuditAnchorTable {
  id: number;
  seq: number;
  hash: string;
  at: string;
}

/** One answered question, as counts need it: when, whose organisation, which verdict, data and purpose. No text. */
export interface QuestionLogTable {
  id: string;
  at: string;
  party: string;
  verdict: string;
  data: string;
  purpose: string | null;
}

/** A digest sent: one row per manager and week, written with its outbox message. */
export interface DigestSentTable {
  manager_id: string;
  week: string;
  at: string;
}

/** A covenant's yearly evaluation recorded as held. */
export interface EvaluationsTable {
  covenant: string;
  year: number;
  recorded_by: string;
  at: string;
}

export interface BreachesTable {
  id: string;
  reported_activity: string;
  reporter_id: string;
  reporter_party: string;
  kind: string;
  discovered_at: string;
  encrypted: string;
  parties: string;
  subjects: string;
  data: string;
  people: string;
  covenants: string;
  created_at: string;
  version: number;
  police_report_at: string | null;
  ap_decision: string | null;
  ap_notified_at: string | null;
  ap_parties_agreed: number;
  ap_recorded_by: string | null;
  ap_recorded_at: string | null;
}

export interface BreachAcksTable {
  breach_id: string;
  user_id: string;
  at: string;
}

export interface Database {
  bot_state: BotStateTable;
  breaches: BreachesTable;
  breach_acks: BreachAcksTable;
  question_log: QuestionLogTable;
  digest_sent: DigestSentTable;
  evaluations: EvaluationsTable;
  requests: RequestsTable;
  audit_anchor: AuditAnchorTable;
  outbox: OutboxTable;
  card_copies: CardCopiesTable;
  profiles: ProfilesTable;
  conversation_refs: ConversationRefsTable;
  audit_log: AuditLogTable;
  processed_activities: ProcessedActivitiesTable;
}

export type Db = Kysely<Database>;

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

export function openDatabase(target: DatabaseTarget): Db {
  if (target.kind === 'postgres') {
    // pg is loaded here, so a bot on SQLite never loads it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Pool } = require('pg') as typeof import('pg');
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: target.url, max: 10 }) }) });
    markPostgres(db);
    return db;
  }
  if (target.path !== ':memory:') mkdirSync(dirname(target.path), { recursive: true });
  const sqlite = new SQLite(target.path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.exec(WAIT_FOR_DISK);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const statements = withStatementCache(sqlite);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: statements }) });
  // One transaction function for the connection: better-sqlite3 builds four wrappers for each one made.
  const runEach = sqlite.transaction((statement: SQLite.Statement, parameterLists: unknown[][]) => parameterLists.map((parameters) => statement.run(...parameters).changes));
  rawConnections.set(db, { sqlite, prepare: statements.prepare, runEach });
  return db;
}

/** SQLite's commits wait for the disk (the default here), or not (see withoutDiskWait). */
const WAIT_FOR_DISK = 'pragma synchronous = full';
const NO_DISK_WAIT = 'pragma synchronous = normal';

/** SQLite's connection under a Kysely database, with the same statement cache. */
export interface SqliteConnection {
  prepare(query: string): SQLite.Statement;
  /**
   * Runs `query` once per parameter list, synchronously in one transaction whose commit does not wait for
   * the disk (see withoutDiskWait); the number of rows each run changed.
   */
  runEachWithoutDiskWait(query: string, parameterLists: unknown[][]): number[];
}

const rawConnections = new WeakMap<Db, { sqlite: SQLite.Database; prepare(query: string): SQLite.Statement; runEach(statement: SQLite.Statement, parameterLists: unknown[][]): number[] }>();

/**
 * The SQLite connection under `db` when no transaction is open on it, for the few statements every turn
 * runs (a fraction of the cost through Kysely). Statements run on it synchronously, so they cannot
 * interleave with a Kysely transaction, the only thing that holds the connection across awaits.
 * Undefined on PostgreSQL, and while a transaction is open: the caller then goes through Kysely.
 */
export function idleSqlite(db: Db): SqliteConnection | undefined {
  const raw = rawConnections.get(db);
  if (!raw || raw.sqlite.inTransaction) return undefined;
  return {
    prepare: raw.prepare,
    runEachWithoutDiskWait(query, parameterLists) {
      const statement = raw.prepare(query);
      raw.prepare(NO_DISK_WAIT).run();
      try {
        return raw.runEach(statement, parameterLists);
      } finally {
        raw.prepare(WAIT_FOR_DISK).run();
      }
    },
  };
}

/** Kysely prepares every query anew; better-sqlite3 statements can be reused, so keep the recent ones. */
function withStatementCache(sqlite: SQLite.Database, size = 500) {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(query: string) {
      let statement = cache.get(query);
      if (!statement) {
        statement = sqlite.prepare(query);
        if (cache.size >= size) cache.delete(cache.keys().next().value!);
        cache.set(query, statement);
      }
      return statement;
    },
  };
}

/**
 * A transaction whose commit does not wait for the disk: it survives the process dying, but the last
 * such commits may be lost if the machine itself loses power (SQLite `synchronous = NORMAL` in WAL mode,
 * PostgreSQL `synchronous_commit = off`; both stay consistent). Only for records whose loss costs no more
 * than a repeated answer, such as the ids of processed activities; requests and the audit log always
 * wait for the disk.
 */
export async function withoutDiskWait<T>(db: Db, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  if (isPostgres(db)) {
    return db.transaction().execute(async (trx) => {
      await sql`set local synchronous_commit = off`.execute(trx);
      return work(trx);
    });
  }
  // One SQLite connection: holding it keeps every other query out while the setting is relaxed.
  return db.connection().execute(async (connection) => {
    await sql.raw(NO_DISK_WAIT).execute(connection);
    try {
      return await connection.transaction().execute(work);
    } finally {
      await sql.raw(WAIT_FOR_DISK).execute(connection);
    }
  });
}

/**
 * Brings the schema up to date (or, for a test of one migration, up to and including `upTo`); throws with
 * the failing migration's name.
 */
export async function migrate(db: Db, upTo?: string): Promise<void> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await (upTo ? migrator.migrateTo(upTo) : migrator.migrateToLatest());
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'onbekend';
    throw new Error(`migratie ${failed} mislukt: ${(error as Error).message}`);
  }
}
