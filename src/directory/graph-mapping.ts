// What membership of an Entra security group means in Deelwijzer, per tenant (a schema-checked YAML file),
// and the pure step from group members to people: party from the tenant or the group, unit and roles from
// the groups. Someone whose groups name two organisations or two units is left out and reported, never guessed.
import { readFileSync } from 'node:fs';
import { readYaml } from '../yaml-text';
import { z } from 'zod/v4';
import { UNIT_PATTERN, formatPartyRef, type Party } from '../vocabulary';
import { partyIdSchema } from '../vocabulary-schema';
import { DirectoryError, ROLES, type Person, type Role } from './directory';

const groupSchema = z
  .object({
    groupId: z.string().min(1),
    /** Only where the tenant has no party of its own (a tenant shared by several organisations). */
    party: partyIdSchema.optional(),
    unit: z.string().regex(UNIT_PATTERN, 'kleine letters met streepjes, bijv. noord-holland').optional(),
    roles: z.array(z.enum(ROLES)).min(1),
    /** For people reading the file and for directory:check. */
    description: z.string().optional(),
  })
  .strict();

const tenantSchema = z
  .object({
    tenantId: z.string().min(1),
    /** Everyone of this tenant belongs to this organisation (their unit comes from their groups). */
    party: partyIdSchema.optional(),
    groups: z.array(groupSchema).min(1),
  })
  .strict()
  .superRefine((tenant, ctx) => {
    tenant.groups.forEach((group, i) => {
      if (!tenant.party && !group.party) ctx.addIssue({ code: 'custom', path: ['groups', i, 'party'], message: 'de tenant heeft geen party: noem die bij de groep' });
      if (tenant.party && group.party && group.party !== tenant.party)
        ctx.addIssue({ code: 'custom', path: ['groups', i, 'party'], message: `de tenant hoort bij ${tenant.party}; een groep kan geen andere organisatie geven` });
    });
  });

export const graphMappingSchema = z
  .object({ tenants: z.array(tenantSchema).min(1) })
  .strict()
  .superRefine((mapping, ctx) => {
    const seen = new Set<string>();
    mapping.tenants.forEach((t, i) => {
      if (seen.has(t.tenantId)) ctx.addIssue({ code: 'custom', path: ['tenants', i, 'tenantId'], message: 'deze tenant staat er twee keer in' });
      seen.add(t.tenantId);
    });
  });

export type GraphMapping = z.output<typeof graphMappingSchema>;
export type TenantMapping = GraphMapping['tenants'][number];

export function parseGraphMapping(text: string, file: string): GraphMapping {
  const read = readYaml(text);
  if ('error' in read) throw new DirectoryError(`${file}: geen geldige YAML: regel ${read.error.line}: ${read.error.message}`);
  const result = graphMappingSchema.safeParse(read.data);
  if (result.success) return result.data;
  // The line of the field, or of the nearest enclosing one when the field is missing.
  const where = (path: PropertyKey[]) => `regel ${read.positions().lineOf(path)}, `;
  throw new DirectoryError(`${file} klopt niet:\n${result.error.issues.map((i) => `  - ${where(i.path)}${i.path.join('.')}: ${i.message}`).join('\n')}`);
}

export function loadGraphMapping(file: string): GraphMapping {
  return parseGraphMapping(readFileSync(file, 'utf8'), file);
}

export interface Member {
  id: string;
  displayName: string;
}

export interface Conflict {
  aadObjectId: string;
  name: string;
  /** The organisations or units the groups gave, e.g. ['politie:amsterdam', 'politie:rotterdam']. */
  claims: string[];
}

/** The people of one tenant from its groups' members. */
export function peopleOfTenant(tenant: TenantMapping, members: ReadonlyMap<string, readonly Member[]>): { people: Person[]; conflicts: Conflict[] } {
  const found = new Map<string, { name: string; parties: Set<Party>; units: Set<string>; roles: Set<Role> }>();
  for (const group of tenant.groups) {
    for (const member of members.get(group.groupId) ?? []) {
      const entry = found.get(member.id) ?? { name: member.displayName, parties: new Set(), units: new Set(), roles: new Set() };
      entry.parties.add((tenant.party ?? group.party)!);
      if (group.unit) entry.units.add(group.unit);
      for (const role of group.roles) entry.roles.add(role);
      found.set(member.id, entry);
    }
  }
  const people: Person[] = [];
  const conflicts: Conflict[] = [];
  for (const [id, entry] of found) {
    if (entry.parties.size > 1 || entry.units.size > 1) {
      const claims = [...entry.parties].flatMap((party) => (entry.units.size > 0 ? [...entry.units].map((unit) => formatPartyRef({ party, unit })!) : [party]));
      conflicts.push({ aadObjectId: id, name: entry.name, claims });
      continue;
    }
    const party = [...entry.parties][0]!;
    const unit = [...entry.units][0];
    people.push({ aadObjectId: id, name: entry.name, party: unit ? { party, unit } : { party }, roles: ROLES.filter((r) => entry.roles.has(r)), tenantId: tenant.tenantId });
  }
  return { people, conflicts };
}
