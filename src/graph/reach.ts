// Reaching people who never opened Deelwijzer: a stored conversation reference, or else the app
// installed for them through Graph and a reference to the chat that opens. Where that is refused,
// their privacy officer hears why. Runs before the transaction that queues the messages (no network
// call holds a database transaction open); the messages then go through the outbox as usual.
import type { ConversationReference } from 'botbuilder';
import type { Kysely, Transaction } from 'kysely';
import type { Directory, Person } from '../directory/directory';
import { REACH_MESSAGES } from '../i18n/reach-messages';
import { textCard } from '../cards/cards';
import { cardActivity } from '../store/card-copies';
import type { Database } from '../store/database';
import { enqueue } from '../store/outbox';
import { readReference } from '../store/sql-store';
import { langOfLocale, partyRefLabel } from '../vocabulary';
import type { GraphFailure } from './client';
import type { InstallResult } from './install';

export type ReachFailure = 'not-installed' | 'refused' | 'not-found' | 'unavailable';
export interface Unreached {
  person: Person;
  reason: ReachFailure;
}

export interface Reach {
  /** Makes each person reachable where it can; returns those who are not, with the reason. */
  ensure(people: readonly Person[]): Promise<Unreached[]>;
}

export const REACH_ALERT_KIND = 'reach-alert';

export interface GraphReachDeps {
  references: { getReference(userId: string): Promise<Partial<ConversationReference> | undefined>; saveReference(userId: string, reference: Partial<ConversationReference>, at: string): Promise<boolean> };
  install: (person: Person) => Promise<InstallResult>;
  /** Where Teams takes proactive messages for these tenants, e.g. https://smba.trafficmanager.net/emea/. */
  serviceUrl: string;
  botId: string;
  now: () => string;
  onFailure?: (failure: GraphFailure) => void;
}

const reasonOf = (failure: GraphFailure): ReachFailure => (failure.kind === 'forbidden' || failure.kind === 'sign-in' ? 'refused' : failure.kind === 'not-found' ? 'not-found' : 'unavailable');

/** The conversation reference of the personal chat Graph opened for the person. */
export function installedChatReference(person: Person, chatId: string, serviceUrl: string, botId: string): Partial<ConversationReference> {
  return {
    channelId: 'msteams',
    serviceUrl,
    conversation: { id: chatId, conversationType: 'personal', isGroup: false, tenantId: person.tenantId, name: '' },
    user: { id: person.aadObjectId, aadObjectId: person.aadObjectId, name: person.name },
    bot: { id: `28:${botId}`, name: 'Deelwijzer' },
  };
}

export function graphReach(deps: GraphReachDeps): Reach {
  return {
    async ensure(people) {
      const unreached: Unreached[] = [];
      for (const person of people) {
        if (await deps.references.getReference(person.aadObjectId)) continue;
        const installed = await deps.install(person);
        if (!installed.ok) {
          deps.onFailure?.(installed.failure);
          unreached.push({ person, reason: reasonOf(installed.failure) });
          continue;
        }
        await deps.references.saveReference(person.aadObjectId, installedChatReference(person, installed.chatId, deps.serviceUrl, deps.botId), deps.now());
      }
      return unreached;
    },
  };
}

const worthAlerting = (u: Unreached) => u.reason !== 'not-installed';

/** Makes the people reachable, and the privacy officers of those who cannot be (so they can be told). */
export async function reachWithOfficers(reach: Reach | undefined, directory: Directory, people: readonly Person[]): Promise<Unreached[]> {
  if (!reach || people.length === 0) return [];
  const unreached = await reach.ensure(people);
  const officers = new Map(unreached.filter(worthAlerting).flatMap((u) => directory.privacyOfficersFor(u.person.party)).map((o) => [o.aadObjectId, o]));
  if (officers.size > 0) await reach.ensure([...officers.values()]);
  return unreached;
}

/** Queues, for each privacy officer concerned, one message naming whom Deelwijzer could not reach and why. */
export async function alertOfficersAbout(trx: Kysely<Database> | Transaction<Database>, directory: Directory, unreached: readonly Unreached[], at: string): Promise<number> {
  const byOfficer = new Map<string, { officer: Person; people: Unreached[] }>();
  for (const u of unreached.filter(worthAlerting)) {
    for (const officer of directory.privacyOfficersFor(u.person.party)) {
      if (officer.aadObjectId === u.person.aadObjectId) continue;
      const entry = byOfficer.get(officer.aadObjectId) ?? { officer, people: [] };
      entry.people.push(u);
      byOfficer.set(officer.aadObjectId, entry);
    }
  }
  let alerted = 0;
  for (const { officer, people } of byOfficer.values()) {
    const reference = await readReference(trx, officer.aadObjectId);
    if (!reference) continue;
    const lang = langOfLocale(reference.locale);
    const m = REACH_MESSAGES[lang];
    const names = people.map((u) => `${u.person.name} (${partyRefLabel(u.person.party, lang)})`).join(', ');
    const reasons = [...new Set(people.map((u) => m.reason[u.reason as Exclude<ReachFailure, 'not-installed'>]))].join('; ');
    await enqueue(trx, { reference, activity: cardActivity(textCard([m.unreached(names, reasons)])), kind: REACH_ALERT_KIND, recipientId: officer.aadObjectId }, at);
    alerted++;
  }
  return alerted;
}
