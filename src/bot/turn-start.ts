// Before any route: the tenant check, a redelivered message answered once, and how to reach the sender.
import { ActivityTypes, TurnContext, type Activity } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { tenantAllowed } from '../config/config';
import { turnKey } from './activity-shape';
import { actorResolver, type Shell } from './shell';

const tenantOf = (activity: Activity) => activity.conversation?.tenantId ?? (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;

export function registerTurnStart(app: Application<TurnState>, shell: Shell): void {
  const { config, store, directory, requests, now, log } = shell;
  const actorOf = actorResolver(config);
  app.turn('beforeTurn', async (context) => {
    const activity = context.activity;
    if (!tenantAllowed(config, tenantOf(activity))) {
      log('tenant-refused', { type: activity.type });
      return false;
    }
    // Teams redelivers a message it thinks went unanswered: the same activity id is answered once.
    if (activity.type === ActivityTypes.Message && activity.id && !(await store.markProcessed(turnKey(activity), now()))) {
      log('replay-ignored', { type: activity.type });
      return false;
    }
    // Only under the person's own id: an activity without one never becomes the way to reach anybody.
    const actorId = actorOf(activity);
    if (actorId && activity.from.id !== activity.recipient?.id) {
      const changed = await store.saveReference(actorId, TurnContext.getConversationReference(activity), now());
      // A contact person who could not be reached before (no or another reference) gets the requests that waited.
      if (changed && directory.find(actorId)?.roles.includes('contact')) {
        const sent = await requests.deliverWaiting(actorId);
        if (sent > 0) log('requests-delivered-late', { count: sent });
      }
    }
    return true;
  });
}
