// Delivers outbox messages through the Bot Framework (proactive messages), and alerts privacy
// officers about messages that could not be delivered.
import { randomUUID } from 'node:crypto';
import type { Activity, ConversationReference } from 'botbuilder';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { Directory } from '../directory/directory';
import { hostAllowed } from '../config/config';
import type { Db } from '../store/database';
import { enqueue, type Deliver } from '../store/outbox';
import type { Store } from '../store/sql-store';

export function proactiveDeliver(adapter: TeamsAdapter, botAppId: string, allowedHosts: string[]): Deliver {
  return async (reference, activity, replacesActivityId) => {
    // Only to Teams' own service hosts: a stored reference pointing elsewhere is never followed.
    if (!hostAllowed(allowedHosts, reference.serviceUrl)) throw Object.assign(new Error('serviceUrl host not allowed'), { statusCode: 403 });
    let id: string | undefined;
    // Caught here, not by the adapter's turn-error handler, so the outbox sees the status code.
    let failure: unknown = null;
    await adapter.continueConversationAsync(botAppId, reference as Partial<ConversationReference>, async (context) => {
      try {
        if (replacesActivityId) {
          await context.updateActivity({ ...(activity as Partial<Activity>), id: replacesActivityId });
          id = replacesActivityId;
        } else {
          id = (await context.sendActivity(activity as Partial<Activity>))?.id;
        }
      } catch (error) {
        failure = error ?? new Error('send failed');
      }
    });
    if (failure) throw failure;
    return { id };
  };
}

export const DEAD_LETTER_ALERT = 'dead-letter-alert';

/**
 * Tells the privacy officers of the recipient's organisation (the directory's rule; every privacy officer
 * when the recipient's organisation is unknown) that a message was given up on (ids only).
 */
export function alertPrivacyOfficers(db: Db, store: Store, directory: Directory, now: () => string) {
  return async (message: { id: string; kind: string }) => {
    if (message.kind === DEAD_LETTER_ALERT) return; // an alert that itself fails is only logged
    const row = await db.selectFrom('outbox').select('recipient_id').where('id', '=', message.id).executeTakeFirst();
    const recipientId = row?.recipient_id ?? undefined;
    const party = directory.find(recipientId)?.party ?? (recipientId ? await store.getProfile(recipientId) : undefined);
    const officers = party ? directory.privacyOfficersFor(party) : directory.people.filter((p) => p.roles.includes('privacy-officer'));
    for (const officer of officers) {
      const reference = await store.getReference(officer.aadObjectId);
      if (!reference) continue;
      await enqueue(
        db,
        {
          reference,
          activity: {
            type: 'message',
            text: `Deelwijzer kon een bericht niet afleveren (soort: ${message.kind}, kenmerk ${message.id}). Controleer de ontvanger en de koppeling met Teams.`,
            id: randomUUID(),
          },
          kind: DEAD_LETTER_ALERT,
        },
        now(),
      );
    }
  };
}
