// Questions: typed as free text, or through the question form (new, edit, submit). Open to anyone: an activity
// without a verified id is answered as asked, and told what else needs one.
import { answer } from '../../ask/answer';
import { breachKindIn } from '../../breach/detect';
import { emergencyCard, formCard, profileCard, textCard, VERBS } from '../../cards/cards';
import { MESSAGES } from '../../i18n/messages';
import { SLOTS } from '../../vocabulary';
import { answerText, cardFor, countQuestion } from '../answering';
import { attach, withNotice } from '../replies';
import type { Routes } from '../routes';
import type { Shell } from '../shell';
import { readQuestionSubmission } from '../submissions';
import { breachFormFor } from './breach';

export function registerQuestions(routes: Routes, shell: Shell): void {
  const { rules, store, today, log } = shell;

  routes.text(async (context, typed, actorId) => {
    const activity = context.activity;
    const text = typed.trim().slice(0, 2000);
    // Only a reply that is not an answer needs the reader's language (an answer takes the question's): read it then.
    const readerLang = () => shell.readerLangOf(activity);
    if (!text) {
      await context.sendActivity(MESSAGES[await readerLang()].bot.unknownInput);
      return;
    }
    if (!actorId) {
      // Nobody to store a profile for: the question is answered as asked, and the card says what else is needed.
      // A breach report needs a reporter; acute danger still goes first.
      const breach = breachKindIn(text) ? answer({ question: text }, rules, today()) : null;
      if (breach && breach.decision.verdict !== 'acute') {
        const m = MESSAGES[breach.lang].bot.identity;
        await context.sendActivity(attach(textCard([m.cannotReportBreach, m.unknownUser])));
        return;
      }
      const answered = await answerText(shell, text, undefined);
      const m = MESSAGES[answered?.lang ?? (await readerLang())].bot;
      await context.sendActivity(attach(withNotice(answered?.card ?? textCard([m.unknownInput]), [m.identity.unknownUser])));
      return;
    }
    const asker = await shell.askerOf(activity);
    if (!asker) {
      const probe = answer({ question: text }, rules, today());
      if (probe.decision.verdict === 'acute') {
        await context.sendActivity(attach(emergencyCard(probe, probe.lang, shell.titles)));
        return;
      }
      await context.sendActivity(attach(profileCard(probe.lang, undefined, text)));
      return;
    }
    // "telefoon kwijt": a breach is reported first; acute danger still goes before everything.
    const breachKind = breachKindIn(text);
    if (breachKind) {
      const read = answer({ question: text, as: asker.party }, rules, today());
      if (read.decision.verdict !== 'acute') {
        await context.sendActivity(attach(breachFormFor(shell, asker, read.lang, breachKind)));
        return;
      }
    }
    const answered = await answerText(shell, text, asker);
    if (answered) await store.setLanguage(actorId, answered.lang);
    await context.sendActivity(answered ? attach(answered.card) : MESSAGES[await readerLang()].bot.unknownInput);
  });

  routes.action([VERBS.submitQuestion], 'anyone', async ({ data, context, lang }) => {
    const asker = await shell.askerOf(context.activity);
    const read = readQuestionSubmission(data, asker?.party);
    if (!read.ok) return textCard([MESSAGES[lang].bot.invalidSubmission(read.reason)]);
    const result = answer(read.input, rules, today());
    log('form', { verdict: result.decision.verdict });
    await countQuestion(shell, result, asker);
    return cardFor(shell, result, lang, asker);
  });

  routes.action([VERBS.newQuestion], 'anyone', async ({ context, lang }) => formCard({ from: (await shell.askerOf(context.activity))?.party, date: today() }, [...SLOTS], lang, null, 'new'));

  routes.action([VERBS.editQuestion], 'anyone', async ({ data, context, lang }) => {
    const read = readQuestionSubmission((data as { slots?: unknown } | null)?.slots ?? {}, (await shell.askerOf(context.activity))?.party);
    if (!read.ok) return textCard([MESSAGES[lang].bot.invalidSubmission(read.reason)]);
    const { from, to, subject, data: categories, purpose, consent } = read.input;
    return formCard({ from, to, subject, data: categories, purpose, consent, date: today() }, [...SLOTS], lang, null, 'edit');
  });
}
