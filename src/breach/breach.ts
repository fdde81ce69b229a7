// A reported data breach as plain data, the form that reports it, and what follows from it: who must
// hear of it (art. 9.3), the 72-hour clock for the Autoriteit Persoonsgegevens (GDPR art. 33, art. 9.4)
// and the police report Veilig Thuis always makes for a lost device with police data (seed 004). Pure.
import { z } from 'zod/v4';
import type { Directory, Person } from '../directory/directory';
import type { RuleIndex } from '../rules/compile';
import { vocabulary, type DataCategory, type PartyRef, type Subject } from '../vocabulary';
import { partyRefSchema, vocabularyIdSchema } from '../vocabulary-schema';
import { isClockTime } from '../time/amsterdam';
import { isCalendarDay } from '../time/calendar';
import { instantAfter } from '../time/instants';
import { commaList } from '../comma-list';

export const BREACH_KINDS = ['lost_device', 'stolen_device', 'wrong_recipient', 'unauthorised_access', 'other'] as const;
export type BreachKind = (typeof BREACH_KINDS)[number];
export const ENCRYPTION = ['yes', 'no', 'unknown', 'not_applicable'] as const;
export const PEOPLE_RANGES = ['1', '2-10', '11-100', '100+', 'unknown'] as const;
export const AP_DECISIONS = ['notified', 'not_required'] as const;

/** Data that came from the police: what seed 004's police-report duty is about. */
export const POLICE_DATA: ReadonlySet<DataCategory> = new Set(['incidenten', 'geweldsincidenten', 'gevarenclassificatie', 'thv-informatie', 'dreigingsinformatie', 'politiegegevens', 'zorgmelding']);
export const NOTIFICATION_HOURS = 72;

export interface Breach {
  id: string;
  reporterId: string;
  reporterParty: PartyRef;
  kind: BreachKind;
  discoveredAt: string;
  encrypted: (typeof ENCRYPTION)[number];
  parties: PartyRef[];
  subjects: Subject[];
  data: DataCategory[];
  people: (typeof PEOPLE_RANGES)[number];
  covenants: string[];
  createdAt: string;
  version: number;
  acknowledgements: { userId: string; at: string }[];
  policeReportAt: string | null;
  apDecision: (typeof AP_DECISIONS)[number] | null;
  apNotifiedAt: string | null;
  apPartiesAgreed: boolean;
  apRecordedBy: string | null;
}

/** A form field's list arrives as one comma-separated text. */
const fromText = (v: unknown) => (typeof v === 'string' ? commaList(v) : v);

const list = (kind: 'subjects' | 'dataCategories', name: string) =>
  z.preprocess(
    fromText,
    z
      .array(vocabularyIdSchema(kind, () => `onbekende waarde bij ${name}`))
      .min(1, `kies minstens één: ${name}`)
      .refine((ids) => ids.length <= vocabulary()[kind].length, `te veel waarden bij ${name}`),
  );

/** The breach form as submitted: every field required, so nothing goes out half filled. */
export const breachFormSchema = z.object({
  kind: z.enum(BREACH_KINDS, { error: 'kies wat er is gebeurd' }),
  discoveredDate: z.string({ error: 'vul de datum van ontdekken in' }).refine(isCalendarDay, 'vul de datum van ontdekken in als JJJJ-MM-DD'),
  discoveredTime: z.string({ error: 'vul het tijdstip van ontdekken in' }).refine(isClockTime, 'vul het tijdstip van ontdekken in als UU:MM'),
  encrypted: z.enum(ENCRYPTION, { error: 'zeg of het apparaat versleuteld was' }),
  parties: z.preprocess(fromText, z.array(partyRefSchema).min(1, 'kies welke organisaties gegevens hadden').max(30)),
  subjects: list('subjects', 'over wie'),
  data: list('dataCategories', 'welke gegevens'),
  people: z.enum(PEOPLE_RANGES, { error: 'kies om hoeveel mensen het ongeveer gaat' }),
});
export type BreachForm = z.output<typeof breachFormSchema>;

export const apFormSchema = z
  .object({
    apDecision: z.enum(AP_DECISIONS, { error: 'kies of de Autoriteit Persoonsgegevens is ingelicht' }),
    apDate: z.preprocess((v) => (v === '' ? undefined : v), z.string().refine(isCalendarDay, 'vul de datum van de melding in als JJJJ-MM-DD').optional()),
    apTime: z.preprocess((v) => (v === '' ? undefined : v), z.string().refine(isClockTime, 'vul het tijdstip van de melding in als UU:MM').optional()),
    apPartiesAgreed: z.preprocess((v) => v === 'true' || v === true, z.boolean()),
  })
  .superRefine((f, ctx) => {
    if (f.apDecision === 'notified' && (!f.apDate || !f.apTime)) ctx.addIssue({ code: 'custom', path: ['apDate'], message: 'vul in wanneer de melding is gedaan' });
  });

export const deadlineOf = (breach: Pick<Breach, 'discoveredAt'>) => instantAfter(breach.discoveredAt, { hours: NOTIFICATION_HOURS });
export const involvesPoliceData = (breach: Pick<Breach, 'data' | 'parties'>) => breach.data.some((d) => POLICE_DATA.has(d)) || breach.parties.some((p) => p.party === 'politie');

/** Seed 004: Veilig Thuis always reports the loss of a phone, tablet or laptop with police data to the police. */
export const policeReportRequired = (breach: Pick<Breach, 'reporterParty' | 'kind' | 'data' | 'parties'>) =>
  breach.reporterParty.party === 'veilig-thuis' && (breach.kind === 'lost_device' || breach.kind === 'stolen_device') && involvesPoliceData(breach);

/** Open until the privacy officer has recorded the decision on notifying the Autoriteit Persoonsgegevens. */
export const isOpen = (breach: Pick<Breach, 'apDecision'>) => breach.apDecision === null;

/**
 * The covenants the breach falls under: those with the reporter's organisation and at least one of the
 * organisations whose data was involved (the reporter's own covenants when only their own data was).
 */
export function covenantsInvolved(rules: RuleIndex, reporter: PartyRef, parties: PartyRef[]): string[] {
  const covers = (units: ReadonlySet<string> | null | undefined, ref: PartyRef) => units !== undefined && (units === null || !ref.unit || units.has(ref.unit));
  const mine = rules.books.filter((b) => covers(b.partyUnits.get(reporter.party), reporter));
  const others = parties.filter((p) => p.party !== reporter.party);
  const withOthers = mine.filter((b) => others.some((p) => covers(b.partyUnits.get(p.party), p)));
  return (others.length > 0 ? withOthers : mine).map((b) => b.id);
}

/**
 * Who hears of it: the privacy officers of the reporter's organisation, and the contact persons of every
 * other party of each covenant involved (art. 9.3), within the units that covenant covers.
 */
export function breachRecipients(rules: RuleIndex, directory: Directory, breach: Pick<Breach, 'reporterId' | 'reporterParty' | 'parties' | 'covenants'>): Person[] {
  const chosen = new Map<string, Person>();
  for (const p of directory.privacyOfficersFor(breach.reporterParty)) {
    if (p.aadObjectId !== breach.reporterId) chosen.set(p.aadObjectId, p);
  }
  for (const id of breach.covenants) {
    const book = rules.books.find((b) => b.id === id);
    if (!book) continue;
    for (const [party, units] of book.partyUnits) {
      if (party === breach.reporterParty.party) continue;
      // A named unit narrows it down: the police unit whose data it was, not every unit of the covenant.
      const named = breach.parties.filter((p) => p.party === party && p.unit !== undefined);
      const inCovenant = (unit: string) => units === null || units.has(unit);
      const scopes: PartyRef[] = named.length > 0 ? named.filter((p) => inCovenant(p.unit!)) : units === null ? [{ party }] : [...units].map((unit) => ({ party, unit }));
      for (const scope of scopes) for (const p of directory.contactsFor(scope)) chosen.set(p.aadObjectId, p);
    }
  }
  return [...chosen.values()];
}
