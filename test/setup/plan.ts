// What `npm test` must do before it runs anything, given what the machine has. Pure: the facts come in,
// the plan goes out; test/setup/run.ts gathers the facts and carries the plan out.

export interface Machine {
  /** Running as root (uid 0). */
  root: boolean;
  /** Debian or a derivative with apt-get. */
  debian: boolean;
  /** Chromium at CHROMIUM_PATH or /usr/bin/chromium, for the end-to-end tests. */
  chromium: boolean;
  /** initdb and pg_ctl found, to start a throwaway PostgreSQL. */
  postgresBinaries: boolean;
  /** TEST_POSTGRES_URL is set: the store tests use that database and nothing is started. */
  postgresUrl: boolean;
}

/** Debian package names. */
export type Package = 'chromium' | 'postgresql';

export type Plan =
  | { kind: 'stop'; message: string }
  | {
      kind: 'run';
      /** apt-get update once, then apt-get install -y these (empty: nothing to install). */
      install: Package[];
      /** Start a PostgreSQL in a temporary directory for the store tests, as this user (null: as the current one). */
      throwawayPostgres: { runAs: 'postgres' | null } | null;
    };

export function planTestSetup(machine: Machine): Plan {
  const missing: Package[] = [];
  if (!machine.chromium) missing.push('chromium');
  if (!machine.postgresUrl && !machine.postgresBinaries) missing.push('postgresql');
  // initdb refuses to run as root: as root the server runs as the postgres user the Debian package creates.
  const throwawayPostgres = machine.postgresUrl ? null : { runAs: machine.root ? ('postgres' as const) : null };
  if (missing.length === 0) return { kind: 'run', install: [], throwawayPostgres };
  if (machine.debian && machine.root) return { kind: 'run', install: missing, throwawayPostgres };
  const packages = missing.join(' ');
  const how = machine.debian ? `sudo apt-get install -y ${packages}` : `install ${missing.join(' and ')} with your package manager`;
  const instead = [!machine.chromium ? 'CHROMIUM_PATH' : null, missing.includes('postgresql') ? 'TEST_POSTGRES_URL' : null].filter(Boolean).join(' or ');
  return { kind: 'stop', message: `npm test needs ${missing.join(' and ')}, which this machine lacks: ${how} (or set ${instead}), then run npm test again.` };
}
