// The directory read from Microsoft Graph: the members of the mapped Entra groups of every tenant, held
// in memory so that `find` stays synchronous. Refreshed on a schedule and, at most once a minute, when
// someone is not found; a tenant whose refresh fails keeps its last good list. Only group ids go to
// Graph, never anything a user typed.
import type { Client } from '@microsoft/microsoft-graph-client';
import { graphFailure, type GraphFailure } from '../graph/client';
import { DirectoryError, makeDirectory, type Directory, type Person } from './directory';
import { peopleOfTenant, type Conflict, type GraphMapping, type Member } from './graph-mapping';

const PAGE_SIZE = 999; // the most transitiveMembers returns per page
export const MISS_REFRESH_MS = 60_000;

export const GROUP_PERMISSION = 'GroupMember.Read.All';

export interface TenantRefresh {
  tenantId: string;
  people: number;
  calls: number;
  failure?: GraphFailure & { groupId: string };
}

export interface RefreshReport {
  people: number;
  calls: number;
  ms: number;
  tenants: TenantRefresh[];
  conflicts: Conflict[];
}

/** Every member of a group, nested groups included, following @odata.nextLink; users only. */
export async function readGroupMembers(client: Client, groupId: string): Promise<{ members: Member[]; calls: number }> {
  type Page = { value?: { '@odata.type'?: string; id?: string; displayName?: string | null }[]; '@odata.nextLink'?: string };
  const members: Member[] = [];
  let page = (await client
    .api(`/groups/${encodeURIComponent(groupId)}/transitiveMembers`)
    .select(['id', 'displayName'])
    .top(PAGE_SIZE)
    .get()) as Page;
  let calls = 1;
  for (;;) {
    for (const m of page.value ?? []) {
      if (m['@odata.type'] === '#microsoft.graph.user' && m.id) members.push({ id: m.id, displayName: m.displayName || m.id });
    }
    const next = page['@odata.nextLink'];
    if (!next) return { members, calls };
    page = (await client.api(next).get()) as Page;
    calls++;
  }
}

/** The start-up message for a refusal: which permission an administrator must consent to, and where. */
export function describeGraphFailure(tenantId: string, failure: GraphFailure & { groupId?: string }): string {
  switch (failure.kind) {
    case 'forbidden':
      return `Microsoft Graph weigert het lezen van groepsleden in tenant ${tenantId} (${failure.code}). Geef in die tenant beheerderstoestemming (admin consent) voor de toepassingsmachtiging ${GROUP_PERMISSION} van de app-registratie van de bot.`;
    case 'sign-in':
      return `De bot kan niet aanmelden bij tenant ${tenantId} (${failure.code}): controleer de app-registratie (client-id en geheim, of managed identity) en dat de app in die tenant is toegestaan.`;
    case 'not-found':
      return `Groep ${failure.groupId ?? '?'} bestaat niet in tenant ${tenantId}: controleer de groeps-id in het koppelbestand.`;
    case 'throttled':
      return `Microsoft Graph beperkt de aanvragen voor tenant ${tenantId} (429), ook na opnieuw proberen.`;
    case 'unavailable':
      return `Microsoft Graph is niet bereikbaar voor tenant ${tenantId} (${failure.status ?? 'netwerk'}: ${failure.code}).`;
  }
}

export class GraphDirectory implements Directory {
  private current: Directory = makeDirectory([]);
  private readonly byTenant = new Map<string, Person[]>();
  private running: Promise<RefreshReport> | null = null;
  private lastStarted = -Infinity;
  last: RefreshReport | null = null;

  constructor(
    private readonly mapping: GraphMapping,
    private readonly clientFor: (tenantId: string) => Client,
    private readonly options: { now?: () => number; onRefresh?: (report: RefreshReport) => void; onError?: (error: Error) => void } = {},
  ) {}

  get people() {
    return this.current.people;
  }

  find(aadObjectId: string | undefined) {
    const person = this.current.find(aadObjectId);
    // Someone added to a group since the last refresh: look again, but not more than once a minute.
    if (!person && aadObjectId && this.now() - this.lastStarted >= MISS_REFRESH_MS) this.refresh().catch((error: Error) => this.options.onError?.(error));
    return person;
  }

  contactsFor: Directory['contactsFor'] = (ref) => this.current.contactsFor(ref);
  managersFor: Directory['managersFor'] = (ref) => this.current.managersFor(ref);
  privacyOfficersFor: Directory['privacyOfficersFor'] = (ref) => this.current.privacyOfficersFor(ref);

  private now() {
    return (this.options.now ?? Date.now)();
  }

  /** Reads every tenant's groups again; one refresh at a time (a second call joins the running one). */
  refresh(): Promise<RefreshReport> {
    if (this.running) return this.running;
    this.lastStarted = this.now();
    this.running = this.readAll().finally(() => (this.running = null));
    return this.running;
  }

  /** The first read at start-up: a refused permission or sign-in stops start-up with what to fix. */
  async load(): Promise<RefreshReport> {
    const report = await this.refresh();
    const fatal = report.tenants.filter((t) => t.failure && (t.failure.kind === 'forbidden' || t.failure.kind === 'sign-in' || t.failure.kind === 'not-found'));
    if (fatal.length > 0) throw new DirectoryError(fatal.map((t) => describeGraphFailure(t.tenantId, t.failure!)).join('\n'));
    return report;
  }

  private async readAll(): Promise<RefreshReport> {
    const started = this.now();
    const conflicts: Conflict[] = [];
    const tenants = await Promise.all(
      this.mapping.tenants.map(async (tenant): Promise<TenantRefresh> => {
        const client = this.clientFor(tenant.tenantId);
        const members = new Map<string, Member[]>();
        let calls = 0;
        for (const group of tenant.groups) {
          try {
            const read = await readGroupMembers(client, group.groupId);
            members.set(group.groupId, read.members);
            calls += read.calls;
          } catch (error) {
            // Keep the tenant's last good list: one failed group must not take everyone's roles away.
            return { tenantId: tenant.tenantId, people: this.byTenant.get(tenant.tenantId)?.length ?? 0, calls, failure: { ...graphFailure(error), groupId: group.groupId } };
          }
        }
        const built = peopleOfTenant(tenant, members);
        conflicts.push(...built.conflicts);
        this.byTenant.set(tenant.tenantId, built.people);
        return { tenantId: tenant.tenantId, people: built.people.length, calls };
      }),
    );
    this.current = makeDirectory([...this.byTenant.values()].flat());
    const report: RefreshReport = { people: this.current.people.length, calls: tenants.reduce((n, t) => n + t.calls, 0), ms: this.now() - started, tenants, conflicts };
    this.last = report;
    this.options.onRefresh?.(report);
    return report;
  }

  /** Refreshes every `intervalMs`; returns the function that stops it. */
  schedule(intervalMs: number): () => void {
    if (intervalMs <= 0) return () => {};
    const timer = setInterval(() => this.refresh().catch((error: Error) => this.options.onError?.(error)), intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }
}
