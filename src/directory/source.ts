// Which directory the bot and the command-line tools use: the YAML/JSON file (DIRECTORY_FILE, the
// default for the playground and tests) or Microsoft Graph (GRAPH_DIRECTORY_FILE), and for Graph the
// per-tenant clients that also install the app for people.
import { readFileSync } from 'node:fs';
import type { Client } from '@microsoft/microsoft-graph-client';
import type { Config } from '../config/config';
import type { GraphConnection } from '../graph/client';
import type { InstallResult } from '../graph/install';
import { loadDirectory, type Directory, type Person } from './directory';
import type { GraphDirectory, RefreshReport } from './graph-directory';
import { loadGraphMapping } from './graph-mapping';

export interface DirectorySource {
  kind: 'file' | 'graph';
  directory: Directory;
  /** Graph only: the last refresh and the installer for people who never opened the bot. */
  graph?: { directory: GraphDirectory; report: RefreshReport; install: ((person: Person) => Promise<InstallResult>) | null };
  /** What works only partly (a permission not consented), for the start-up log and directory:check. */
  warnings: string[];
  close(): void;
}

export function graphConnection(config: Config): GraphConnection {
  const managed = config.BOT_TYPE === 'UserAssignedMsi' && !config.GRAPH_CLIENT_SECRET;
  return {
    baseUrl: config.GRAPH_BASE_URL,
    authorityHost: config.GRAPH_AUTHORITY_HOST,
    clientId: config.GRAPH_CLIENT_ID ?? config.BOT_ID ?? '',
    clientSecret: managed ? undefined : (config.GRAPH_CLIENT_SECRET ?? config.BOT_PASSWORD),
    extraCa: config.GRAPH_TLS_CA_FILE ? readFileSync(config.GRAPH_TLS_CA_FILE, 'utf8') : undefined,
  };
}

/** Opens the configured source; Graph is read once before this returns (refused permissions stop start-up). */
export async function openDirectorySource(config: Config, hooks: { onRefresh?: (report: RefreshReport) => void; onError?: (error: Error) => void } = {}): Promise<DirectorySource> {
  if (!config.GRAPH_DIRECTORY_FILE) return { kind: 'file', directory: loadDirectory(config.DIRECTORY_FILE), warnings: [], close: () => {} };
  // The Graph client library is loaded only for a directory read from Graph (require: a dynamic import
  // would bypass the TypeScript loader of the tests).
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { graphClient } = require('../graph/client') as typeof import('../graph/client');
  const { GraphDirectory } = require('./graph-directory') as typeof import('./graph-directory');
  const { installForUser, installPermissionProblem } = require('../graph/install') as typeof import('../graph/install');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const mapping = loadGraphMapping(config.GRAPH_DIRECTORY_FILE);
  const connection = graphConnection(config);
  const clients = new Map<string, Client>();
  const clientFor = (tenantId: string) => {
    let client = clients.get(tenantId);
    if (!client) clients.set(tenantId, (client = graphClient(connection, tenantId)));
    return client;
  };
  const directory = new GraphDirectory(mapping, clientFor, hooks);
  const report = await directory.load();
  const stop = directory.schedule(config.DIRECTORY_REFRESH_MS);
  const catalogId = config.TEAMS_APP_CATALOG_ID;
  const install = catalogId
    ? (person: Person): Promise<InstallResult> =>
        person.tenantId
          ? installForUser(clientFor(person.tenantId), connection.baseUrl, person.aadObjectId, catalogId)
          : Promise.resolve({ ok: false, failure: { kind: 'not-found', status: 404, code: 'NoTenant' } })
    : null;
  // One read per tenant, with someone of that tenant: is installing for people consented?
  const warnings = catalogId
    ? (
        await Promise.all(
          mapping.tenants.map((t) => {
            const someone = directory.people.find((p) => p.tenantId === t.tenantId);
            return someone ? installPermissionProblem(clientFor(t.tenantId), t.tenantId, someone.aadObjectId, catalogId) : null;
          }),
        )
      ).filter((w) => w !== null)
    : [];
  return { kind: 'graph', directory, graph: { directory, report, install }, warnings, close: stop };
}
