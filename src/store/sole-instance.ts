// SQLite serves one bot instance. A second one on the same file would send every outbox message twice
// and run the schedulers twice (PostgreSQL's row and advisory locks are what make several instances
// safe), and this instance keeps its turn state in memory as the table's only writer. So the bot claims
// the file at start: an exclusive lock on a companion file, which the operating system releases when the
// process ends in any way (SIGKILL too), so a restart never waits for a stale lock.
import SQLite from 'better-sqlite3';

export class SecondInstanceError extends Error {}

export interface InstanceClaim {
  release(): void;
}

export function claimSoleInstance(databasePath: string): InstanceClaim {
  // The companion file whose lock marks the database as in use by a bot instance.
  const lock = new SQLite(`${databasePath}.instance`, { timeout: 0 });
  try {
    // In exclusive locking mode the lock taken by the first write transaction is kept until close.
    lock.pragma('locking_mode = exclusive');
    lock.exec('begin exclusive; commit');
  } catch (error) {
    lock.close();
    if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
    throw new SecondInstanceError(
      `Er draait al een Deelwijzer op ${databasePath}. SQLite bedient één instantie; zet voor meerdere instanties ` +
        `DATABASE_URL op PostgreSQL (postgres://…). / Another Deelwijzer is running on this SQLite database; ` +
        `several instances need PostgreSQL.`,
    );
  }
  return { release: () => lock.close() };
}
