// `profiel` and the profile card: someone the directory does not list chooses their organisation once. That
// choice shapes answers only (identity.ts); someone the directory lists is told where it has them.
import { breachKindIn } from '../../breach/detect';
import { profileCard, textCard, VERBS } from '../../cards/cards';
import { MESSAGES } from '../../i18n/messages';
import { partyRefLabel } from '../../vocabulary';
import { answerText } from '../answering';
import type { Asker } from '../identity';
import { attach } from '../replies';
import type { Routes } from '../routes';
import type { Shell } from '../shell';
import { profileSubmissionSchema } from '../submissions';
import { breachFormFor } from './breach';

export function registerProfile(routes: Routes, shell: Shell): void {
  const { directory, store, now, log } = shell;

  routes.command('profile', async (context, text, actorId) => {
    const lang = await shell.readerLangOf(context.activity, text);
    const listed = directory.find(actorId);
    if (listed) return context.sendActivity(attach(textCard([MESSAGES[lang].bot.profileFromDirectory(partyRefLabel(listed.party, lang))])));
    return context.sendActivity(attach(profileCard(lang, await store.getProfile(actorId), null)));
  });

  // Saving the choice answers the question (or reports the breach) that waited for it.
  routes.action([VERBS.saveProfile], 'person', async ({ data, context, lang, actorId }) => {
    const m = MESSAGES[lang].bot;
    const asker = await shell.askerOf(context.activity);
    if (asker?.verified) return textCard([m.profileFromDirectory(partyRefLabel(asker.party, lang))]);
    const parsed = profileSubmissionSchema.safeParse(data);
    if (!parsed.success) return textCard([m.invalidSubmission(parsed.error.issues.map((i) => i.message).join('; '))]);
    await store.setProfile(actorId, parsed.data.party, now());
    log('profile-saved', { party: parsed.data.party.party });
    const chosen: Asker = { party: parsed.data.party, verified: false };
    const pending = parsed.data.pending?.trim();
    const pendingBreach = pending ? breachKindIn(pending) : null;
    if (pendingBreach) return breachFormFor(shell, chosen, lang, pendingBreach);
    const answered = pending ? (await answerText(shell, pending, chosen))?.card : null;
    return answered ?? textCard([m.profileSaved(partyRefLabel(parsed.data.party, lang)), m.askAgain]);
  });
}
