// Answering a question in the chat: the card for an answer, and counting it for the managers' digest. Used by the
// question feature, and by the profile feature for the question that waited for a chosen organisation.
import { answer, type Answer } from '../ask/answer';
import { emergencyCard, formCard, verdictCard, type Card } from '../cards/cards';
import { MESSAGES } from '../i18n/messages';
import { personalDataWarning } from '../present/describe';
import { fileable } from '../requests/filing';
import { partyRefLabel, type Lang } from '../vocabulary';
import { verifiedParty, type Asker } from './identity';
import { withNotice } from './replies';
import type { Shell } from './shell';

/**
 * The card for an answer: emergency first, a form when incomplete, otherwise the verdict. Only a verified
 * organisation can file; an answer shaped by a self-chosen one says so, and what to do instead of filing.
 */
export function cardFor(shell: Shell, result: Answer, lang: Lang, asker: Asker | undefined): Card {
  const d = result.decision;
  if (d.verdict === 'acute') return emergencyCard(result, lang, shell.titles);
  const card =
    d.verdict === 'incomplete'
      ? formCard(d.question, d.missing, lang, personalDataWarning(result.parsed?.personalData ?? [], lang))
      : verdictCard(result, lang, { fileRequest: fileable(d, verifiedParty(asker)) !== null, titles: shell.titles });
  if (!asker || asker.verified) return card;
  const m = MESSAGES[lang].bot.identity;
  return withNotice(card, [m.chosen(partyRefLabel(asker.party, lang)), ...(d.verdict !== 'incomplete' && fileable(d, asker.party) ? [m.cannotFile] : [])]);
}

/**
 * Counts the question for the managers' digest (verdict, categories, purpose; never the text): verified
 * organisations only, and once it has a verdict (an incomplete question counts when its form is answered).
 */
export async function countQuestion(shell: Shell, result: Answer, asker: Asker | undefined): Promise<void> {
  const party = verifiedParty(asker);
  if (!party || result.decision.verdict === 'incomplete') return;
  const q = result.decision.question;
  await shell.store.recordQuestion({ at: shell.now(), party, verdict: result.decision.verdict, data: q.data ?? [], purpose: q.purpose ?? null });
}

/** The card answering a free-text question (and its language), or null when nothing in it was about sharing. */
export async function answerText(shell: Shell, text: string, asker: Asker | undefined): Promise<{ card: Card; lang: Lang } | null> {
  const as = asker?.party;
  const result = answer({ question: text, as }, shell.rules, shell.today());
  const s = result.parsed!.slots;
  const understood = s.acute || s.to || s.subject || s.data.length > 0 || s.purpose || (s.from && s.from !== as);
  if (!understood) return null;
  shell.log('question', { verdict: result.decision.verdict, missing: result.decision.missing.join(','), lang: result.lang });
  await countQuestion(shell, result, asker);
  return { card: cardFor(shell, result, result.lang, asker), lang: result.lang };
}
