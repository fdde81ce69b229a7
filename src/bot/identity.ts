// Who sent an activity, and how Deelwijzer knows their organisation. A person is the activity's
// from.aadObjectId (the Entra object id Teams puts there), nothing else: from.id and from.name are chosen by
// the channel or the client. Their organisation is verified only when the directory lists them.
import type { Activity } from 'botbuilder';
import type { Directory, Person } from '../directory/directory';
import type { PartyRef } from '../vocabulary';

/** Entra object ids are GUIDs; anything much longer is not one. */
const MAX_ID_LENGTH = 100;

/**
 * The id of the person who sent the activity, or undefined when it carries none that can be trusted. In
 * production only Teams (channel `msteams`) vouches for aadObjectId; another channel's activity asks questions only.
 */
export function actorIdOf(activity: Pick<Activity, 'from' | 'channelId'>, production: boolean): string | undefined {
  const id = activity.from?.aadObjectId;
  if (typeof id !== 'string' || id.trim() === '' || id.length > MAX_ID_LENGTH) return undefined;
  if (production && activity.channelId !== 'msteams') return undefined;
  return id;
}

/**
 * The organisation a question is asked from. `verified`: the directory lists the person there. Otherwise the user
 * chose it on the profile card: it may shape an answer, never file, report, count or reveal anyone.
 */
export type Asker = { party: PartyRef; verified: true; person: Person } | { party: PartyRef; verified: false };

export async function askerOf(directory: Directory, actorId: string | undefined, chosenProfile: (id: string) => Promise<PartyRef | undefined>): Promise<Asker | undefined> {
  if (!actorId) return undefined;
  const person = directory.find(actorId);
  if (person) return { party: person.party, verified: true, person };
  const chosen = await chosenProfile(actorId);
  return chosen ? { party: chosen, verified: false } : undefined;
}

/** The organisation, only when verified: what filing, breach reports and the digest may use. */
export const verifiedParty = (asker: Asker | undefined): PartyRef | undefined => (asker?.verified ? asker.party : undefined);
