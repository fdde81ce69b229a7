// The directory of known people: who works where and in which role. JSON or YAML, zod-checked.
import { readFileSync } from 'node:fs';
import { readYaml } from '../yaml-text';
import { z } from 'zod/v4';
import { partyRefSchema } from '../vocabulary-schema';
import type { PartyRef } from '../vocabulary';
import { roleHolders } from './roles';

export const ROLES = ['staff', 'contact', 'manager', 'privacy-officer'] as const;
export type Role = (typeof ROLES)[number];

const personSchema = z
  .object({
    aadObjectId: z.string().min(1),
    name: z.string().min(1),
    party: partyRefSchema,
    roles: z.array(z.enum(ROLES)).min(1),
    /** The Microsoft 365 tenant the person's account lives in (the Graph source fills it; needed to install the app for them). */
    tenantId: z.string().min(1).optional(),
  })
  .strict();

export const directorySchema = z.object({ people: z.array(personSchema) }).strict();
export type Person = z.output<typeof personSchema>;

export interface Directory {
  find(aadObjectId: string | undefined): Person | undefined;
  readonly people: readonly Person[];
  /** Who decides requests to `ref` and hears about its breaches (see roleHolders for the rule). */
  contactsFor(ref: PartyRef): Person[];
  managersFor(ref: PartyRef): Person[];
  privacyOfficersFor(ref: PartyRef): Person[];
}

export function makeDirectory(people: readonly Person[]): Directory {
  const byId = new Map(people.map((p) => [p.aadObjectId, p]));
  // Lookups run per card and per recipient; with thousands of staff only the few role holders are scanned.
  const byRole = new Map(ROLES.map((role) => [role, people.filter((p) => p.roles.includes(role))]));
  const holders = (role: Role, ref: PartyRef) => roleHolders(byRole.get(role)!, role, ref);
  return {
    people,
    find: (id) => (id ? byId.get(id) : undefined),
    contactsFor: (ref) => holders('contact', ref),
    managersFor: (ref) => holders('manager', ref),
    privacyOfficersFor: (ref) => holders('privacy-officer', ref),
  };
}

export class DirectoryError extends Error {}

export function parseDirectory(text: string, file: string): Directory {
  let raw: unknown;
  if (file.endsWith('.json')) {
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new DirectoryError(`${file}: geen geldige JSON: ${(error as Error).message}`);
    }
  } else {
    const read = readYaml(text);
    if ('error' in read) throw new DirectoryError(`${file}: geen geldige YAML: regel ${read.error.line}: ${read.error.message}`);
    raw = read.data;
  }
  const result = directorySchema.safeParse(raw);
  if (!result.success) {
    throw new DirectoryError(`${file} klopt niet:\n${result.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  return makeDirectory(result.data.people);
}

export function loadDirectory(file: string | undefined): Directory {
  if (!file) return makeDirectory([]);
  return parseDirectory(readFileSync(file, 'utf8'), file);
}
