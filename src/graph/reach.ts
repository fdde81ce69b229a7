// Reaching people who never opened Deelwijzer: a stored conversation reference, or else the app
// installed for them through Graph and a reference to the chat that opens. Where that is refused,
// their privacy officer hears why (unreachedAlerts). Runs before the transaction that queues the messages (no network
// call holds a database transaction open); the messages then go through the outbox as usual.
import type { ConversationReference } from 'botbuilder';
import { notify, type Effect } from '../delivery/effects';
import type { Directory, Person } from '../directory/directory';
import type { GraphFailure } from './client';
import type { InstallResult } from './install';

export type ReachFailure = 'not-installed' | 'refused' | 'not-found' | 'unavailable';
/** The failures a privacy officer is told of (an app not installed yet is the normal case). */
export type AlertedFailure = Exclude<ReachFailure, 'not-installed'>;
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
  references: {
    getReference(userId: string): Promise<Partial<ConversationReference> | undefined>;
    saveReference(userId: string, reference: Partial<ConversationReference>, at: string): Promise<boolean>;
  };
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
  const officers = new Map(
    unreached
      .filter(worthAlerting)
      .flatMap((u) => directory.privacyOfficersFor(u.person.party))
      .map((o) => [o.aadObjectId, o]),
  );
  if (officers.size > 0) await reach.ensure([...officers.values()]);
  return unreached;
}

/**
 * For each privacy officer concerned, one notice naming whom Deelwijzer could not reach and why (not an
 * officer about themselves). Pure; the delivery shell renders and queues them.
 */
export function unreachedAlerts(directory: Directory, unreached: readonly Unreached[]): Effect[] {
  const byOfficer = new Map<string, Unreached[]>();
  for (const u of unreached.filter(worthAlerting)) {
    for (const officer of directory.privacyOfficersFor(u.person.party)) {
      if (officer.aadObjectId === u.person.aadObjectId) continue;
      byOfficer.set(officer.aadObjectId, [...(byOfficer.get(officer.aadObjectId) ?? []), u]);
    }
  }
  return [...byOfficer].map(([officerId, people]) =>
    notify(officerId, { notice: 'unreached', people: people.map((u) => ({ name: u.person.name, party: u.person.party, reason: u.reason as AlertedFailure })) }, REACH_ALERT_KIND),
  );
}
