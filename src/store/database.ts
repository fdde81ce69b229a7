// One typed query layer (Kysely) over embedded SQLite and PostgreSQL, with migrations in code.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, sql, type Transaction, PostgresDialect, SqliteAdapter, SqliteDialect, type Migration, type MigrationProvider } from 'kysely';
import type { DatabaseTarget } from '../config/config';
import { isPostgres, markPostgres } from './audit';

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
  /** Set for copies of a request's (or a breach's) card, so every copy can be rebuilt and updated in place. */
  request_id: string | null;
  recipient_id: string | null;
  /** Set when the message replaces an earlier one (a card updated in place) instead of adding one. */
  replaces_activity_id: string | null;
  /** The sender that claimed the row for delivery; the claim lapses at next_attempt_at. */
  claim: string | null;
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
  profiles: ProfilesTable;
  conversation_refs: ConversationRefsTable;
  audit_log: AuditLogTable;
  processed_activities: ProcessedActivitiesTable;
}

export type Db = Kysely<Database>;

const MIGRATIONS: Record<string, Migration> = {
  '001-profiles-references-audit': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('profiles')
        .addColumn('user_id', 'varchar(200)', (c) => c.primaryKey())
        .addColumn('party', 'varchar(200)', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(40)', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('conversation_refs')
        .addColumn('user_id', 'varchar(200)', (c) => c.primaryKey())
        .addColumn('reference', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(40)', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('audit_log')
        .addColumn('seq', 'integer', (c) => c.primaryKey())
        .addColumn('at', 'varchar(40)', (c) => c.notNull())
        .addColumn('kind', 'varchar(100)', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('prev_hash', 'varchar(64)', (c) => c.notNull())
        .addColumn('hash', 'varchar(64)', (c) => c.notNull().unique())
        .execute();
      await db.schema
        .createTable('processed_activities')
        .addColumn('activity_id', 'varchar(400)', (c) => c.primaryKey())
        .addColumn('at', 'varchar(40)', (c) => c.notNull())
        .execute();
    },
  },
  '002-outbox': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('outbox')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('conversation_key', 'varchar(400)', (c) => c.notNull())
        .addColumn('reference', 'text', (c) => c.notNull())
        .addColumn('activity', 'text', (c) => c.notNull())
        .addColumn('kind', 'varchar(100)', (c) => c.notNull())
        .addColumn('status', 'varchar(20)', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('next_attempt_at', 'varchar(40)', (c) => c.notNull())
        .addColumn('last_error', 'varchar(400)')
        .addColumn('sent_activity_id', 'varchar(400)')
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'next_attempt_at']).execute();
    },
  },
  '003-requests': {
    async up(db: Kysely<unknown>) {
      const text = (name: string, size = 200) => [name, `varchar(${size})`] as const;
      let table = db.schema.createTable('requests').addColumn('id', 'varchar(64)', (c) => c.primaryKey());
      table = table.addColumn('filed_activity', 'varchar(400)', (c) => c.notNull().unique());
      for (const [name, type] of [text('case_ref', 60), text('state', 20), text('requester_id'), text('requester_party'), text('discloser'), text('recipient'), text('subject', 40), text('data', 600), text('purpose', 60), text('urgency', 20), text('delivery', 20), text('covenant', 100), text('created_at', 40), text('updated_at', 40), text('retain_until', 40)]) {
        table = table.addColumn(name, type, (c) => c.notNull());
      }
      table = table.addColumn('version', 'integer', (c) => c.notNull()).addColumn('consent', 'integer', (c) => c.notNull()).addColumn('sla_days', 'integer', (c) => c.notNull());
      table = table.addColumn('necessity', 'text', (c) => c.notNull()).addColumn('snapshot', 'text', (c) => c.notNull());
      for (const name of ['decided_by', 'decided_at', 'reminded_at', 'escalated_at']) table = table.addColumn(name, 'varchar(200)');
      for (const name of ['decision_reason', 'info_question', 'info_answer']) table = table.addColumn(name, 'text');
      await table.execute();
      await db.schema.createIndex('requests_discloser_state').on('requests').columns(['discloser', 'state']).execute();
      await db.schema.createIndex('requests_requester').on('requests').columns(['requester_id']).execute();
      await db.schema.alterTable('outbox').addColumn('request_id', 'varchar(64)').execute();
      await db.schema.alterTable('outbox').addColumn('recipient_id', 'varchar(200)').execute();
      await db.schema.alterTable('outbox').addColumn('replaces_activity_id', 'varchar(400)').execute();
      await db.schema.createIndex('outbox_request').on('outbox').columns(['request_id']).execute();
      await db.schema
        .createTable('audit_anchor')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('hash', 'varchar(64)', (c) => c.notNull())
        .addColumn('at', 'varchar(40)', (c) => c.notNull())
        .execute();
    },
  },
  '004-user-language': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('conversation_refs').addColumn('lang', 'varchar(5)').execute();
    },
  },
  '005-digest': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('question_log')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('at', 'varchar(40)', (c) => c.notNull())
        .addColumn('party', 'varchar(200)', (c) => c.notNull())
        .addColumn('verdict', 'varchar(20)', (c) => c.notNull())
        .addColumn('data', 'varchar(600)', (c) => c.notNull())
        .addColumn('purpose', 'varchar(60)')
        .execute();
      await db.schema.createIndex('question_log_at').on('question_log').column('at').execute();
      await db.schema
        .createTable('digest_sent')
        .addColumn('manager_id', 'varchar(200)', (c) => c.notNull())
        .addColumn('week', 'varchar(10)', (c) => c.notNull())
        .addColumn('at', 'varchar(40)', (c) => c.notNull())
        .addPrimaryKeyConstraint('digest_sent_pk', ['manager_id', 'week'])
        .execute();
      await db.schema
        .createTable('evaluations')
        .addColumn('covenant', 'varchar(100)', (c) => c.notNull())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('recorded_by', 'varchar(200)', (c) => c.notNull())
        .addColumn('at', 'varchar(40)', (c) => c.notNull())
        .addPrimaryKeyConstraint('evaluations_pk', ['covenant', 'year'])
        .execute();
      await db.schema.createIndex('requests_created').on('requests').column('created_at').execute();
    },
  },
  '006-breaches': {
    async up(db: Kysely<unknown>) {
      let table = db.schema.createTable('breaches').addColumn('id', 'varchar(64)', (c) => c.primaryKey()).addColumn('reported_activity', 'varchar(400)', (c) => c.notNull().unique());
      for (const [name, size] of [['reporter_id', 200], ['reporter_party', 200], ['kind', 40], ['discovered_at', 40], ['encrypted', 20], ['parties', 600], ['subjects', 200], ['data', 600], ['people', 20], ['covenants', 600], ['created_at', 40]] as const) {
        table = table.addColumn(name, `varchar(${size})`, (c) => c.notNull());
      }
      table = table.addColumn('version', 'integer', (c) => c.notNull()).addColumn('ap_parties_agreed', 'integer', (c) => c.notNull());
      for (const name of ['police_report_at', 'ap_decision', 'ap_notified_at', 'ap_recorded_by', 'ap_recorded_at']) table = table.addColumn(name, 'varchar(200)');
      await table.execute();
      await db.schema
        .createTable('breach_acks')
        .addColumn('breach_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('user_id', 'varchar(200)', (c) => c.notNull())
        .addColumn('at', 'varchar(40)', (c) => c.notNull())
        .addPrimaryKeyConstraint('breach_acks_pk', ['breach_id', 'user_id'])
        .execute();
    },
  },
  '007-several-instances': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('outbox').addColumn('claim', 'varchar(64)').execute();
      await db.schema
        .createTable('bot_state')
        .addColumn('key', 'varchar(400)', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('etag', 'varchar(64)', (c) => c.notNull())
        .execute();
    },
  },
  '008-processed-activities-without-rowid': {
    // SQLite only: without a rowid the rows live in their primary key's B-tree, so recording the activity
    // id of a turn writes one page instead of two (one in the table, one in its key index). PostgreSQL
    // keeps tables and indexes apart either way.
    async up(db: Kysely<unknown>) {
      if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
      await db.schema
        .createTable('processed_activities_keyed')
        .addColumn('activity_id', 'varchar(400)', (c) => c.primaryKey())
        .addColumn('at', 'varchar(40)', (c) => c.notNull())
        .modifyEnd(sql`without rowid`)
        .execute();
      await sql`insert into processed_activities_keyed (activity_id, at) select activity_id, at from processed_activities`.execute(db);
      await db.schema.dropTable('processed_activities').execute();
      await db.schema.alterTable('processed_activities_keyed').renameTo('processed_activities').execute();
    },
  },
};

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
