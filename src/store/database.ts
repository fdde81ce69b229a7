// One typed query layer (Kysely) over embedded SQLite and PostgreSQL, with migrations in code.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type Migration, type MigrationProvider } from 'kysely';
import { Pool } from 'pg';
import type { DatabaseTarget } from '../config/config';

export interface ProfilesTable {
  user_id: string;
  party: string;
  updated_at: string;
}
export interface ConversationRefsTable {
  user_id: string;
  reference: string;
  updated_at: string;
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
}

export interface Database {
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
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

export function openDatabase(target: DatabaseTarget): Db {
  if (target.kind === 'postgres') {
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: target.url, max: 10 }) }) });
  }
  if (target.path !== ':memory:') mkdirSync(dirname(target.path), { recursive: true });
  const sqlite = new SQLite(target.path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

/** Brings the schema up to date; throws with the failing migration's name. */
export async function migrate(db: Db): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'onbekend';
    throw new Error(`migratie ${failed} mislukt: ${(error as Error).message}`);
  }
}
