// `npm run --silent directory:check [-- --json]`: who is who, from the directory source the bot would use
// (DIRECTORY_FILE, or Microsoft Graph with GRAPH_DIRECTORY_FILE), without starting the bot: everyone with
// their organisation and roles, and per organisation of the covenants who its contacts, managers and
// privacy officers are by the directory's rule. Exit 0 when read, 1 when the source refuses (the message
// names what to fix), 2 on bad configuration.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/config';
import { DirectoryError, type Directory, type Person } from '../directory/directory';
import { describeGraphFailure, type RefreshReport } from '../directory/graph-directory';
import { openDirectorySource } from '../directory/source';
import { loadRules } from '../rules/load';
import { formatPartyRef, type PartyRef } from '../vocabulary';

export interface RoleCoverage {
  organisation: string;
  contacts: string[];
  managers: string[];
  privacyOfficers: string[];
}

/** Per organisation and unit the covenants name: who holds each role by the directory's rule. */
export function roleCoverage(directory: Directory, organisations: PartyRef[]): RoleCoverage[] {
  const names = (people: Person[]) => people.map((p) => p.name).sort();
  return organisations.map((ref) => ({
    organisation: formatPartyRef(ref)!,
    contacts: names(directory.contactsFor(ref)),
    managers: names(directory.managersFor(ref)),
    privacyOfficers: names(directory.privacyOfficersFor(ref)),
  }));
}

function covenantOrganisations(): PartyRef[] {
  const seen = new Map<string, PartyRef>();
  for (const book of loadRules().books) {
    for (const [party, units] of book.partyUnits) {
      for (const ref of units === null ? [{ party }] : [...units].map((unit) => ({ party, unit }))) seen.set(formatPartyRef(ref)!, ref);
    }
  }
  return [...seen.values()].sort((a, b) => formatPartyRef(a)!.localeCompare(formatPartyRef(b)!));
}

function graphLines(report: RefreshReport): string[] {
  const lines = [`Microsoft Graph: ${report.people} mensen in ${report.tenants.length} tenant(s), ${report.calls} Graph-aanroepen, ${report.ms} ms`];
  for (const t of report.tenants) lines.push(t.failure ? `  tenant ${t.tenantId}: FOUT: ${describeGraphFailure(t.tenantId, t.failure)}` : `  tenant ${t.tenantId}: ${t.people} mensen`);
  for (const c of report.conflicts) lines.push(`  weggelaten: ${c.name} (${c.aadObjectId}): de groepen geven ${c.claims.join(' én ')}`);
  return lines;
}

async function main(): Promise<number> {
  let json = false;
  try {
    json = parseArgs({ options: { json: { type: 'boolean' } }, strict: true }).values.json === true;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\ngebruik: npm run --silent directory:check [-- --json]\n`);
    return 2;
  }
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  let source;
  try {
    source = await openDirectorySource({ ...config, DIRECTORY_REFRESH_MS: 0 });
  } catch (error) {
    if (!(error instanceof DirectoryError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
  source.close();
  const { directory } = source;
  const people = [...directory.people].sort((a, b) => formatPartyRef(a.party)!.localeCompare(formatPartyRef(b.party)!) || a.name.localeCompare(b.name));
  const coverage = roleCoverage(directory, covenantOrganisations());
  if (json) {
    process.stdout.write(
      `${JSON.stringify({ source: source.kind, refresh: source.graph?.report ?? null, warnings: source.warnings, people: people.map((p) => ({ ...p, party: formatPartyRef(p.party) })), coverage })}\n`,
    );
    return 0;
  }
  const lines = [
    source.kind === 'graph' ? graphLines(source.graph!.report).join('\n') : `Bestand: ${config.DIRECTORY_FILE ?? '(geen: niemand staat in de lijst)'}: ${people.length} mensen`,
    '',
    'Wie is wie:',
  ];
  for (const warning of source.warnings) lines.splice(1, 0, `  LET OP: ${warning}`);
  for (const p of people) lines.push(`  ${formatPartyRef(p.party)!.padEnd(36)} ${p.name.padEnd(28)} ${p.roles.join(', ').padEnd(34)} ${p.aadObjectId}`);
  lines.push('', 'Per organisatie van de convenanten (contactpersonen | managers | privacy officers):');
  const list = (names: string[]) => (names.length > 0 ? names.join(', ') : '— niemand');
  for (const c of coverage) lines.push(`  ${c.organisation.padEnd(36)} ${list(c.contacts)} | ${list(c.managers)} | ${list(c.privacyOfficers)}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${(error as Error).message ?? String(error)}\n`);
      process.exit(2);
    },
  );
}
