// The minimum an incoming activity must have before the SDK sees it; anything else is a 400.
import { z } from 'zod/v4';

const account = z.looseObject({ id: z.string().min(1).max(400) });

export const activityShape = z
  .looseObject({
    type: z.string().min(1).max(100),
    id: z.string().max(400).optional(),
    serviceUrl: z.url({ protocol: /^https?$/ }),
    channelId: z.string().min(1).max(100),
    from: account,
    recipient: account,
    conversation: account,
    name: z.string().max(200).optional(),
    text: z.string().optional(),
    locale: z.string().max(50).optional(),
    timestamp: z
      .string()
      .max(40)
      .refine((t) => !Number.isNaN(Date.parse(t)), 'not a date')
      .optional(),
  })
  .refine((a) => a.type !== 'invoke' || typeof a.name === 'string', { message: 'an invoke needs a name', path: ['name'] });

export function checkActivity(body: unknown): string | null {
  const result = activityShape.safeParse(body);
  return result.success ? null : result.error.issues.map((i) => `${i.path.join('.') || 'activity'}: ${i.message}`).join('; ');
}

type Keyed = { id?: string; conversation?: { id?: string } };

/** The key a message is recorded under so that a redelivered one is answered once (see turn-start.ts). */
export const turnKey = (activity: Keyed) => `${activity.conversation?.id ?? ''}/${activity.id ?? ''}`;

/**
 * The key under which a card action records its own effect, in the same transaction as the effect. Not the
 * turn's key: a card submitted as a message (older clients) has that one recorded before the action runs.
 */
export const actionKey = (activity: Keyed) => `action/${turnKey(activity)}`;

/** Welcome records start with this and are kept for good: a conversation is welcomed once. */
export const WELCOME_KEY_PREFIX = 'welcome/';

/** The key under which a conversation's welcome is recorded (conversationUpdate and installationUpdate both ask). */
export const welcomeKey = (conversationId: string) => `${WELCOME_KEY_PREFIX}${conversationId}`;
