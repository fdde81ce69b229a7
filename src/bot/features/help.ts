// What Deelwijzer can do: the welcome when it is added, `help` (the commands the reader's roles allow),
// `voorbeelden`, and a tapped line of any of them, answered as if it were typed.
import { examplesCard, helpCard, textCard, VERBS, welcomeCard } from '../../cards/cards';
import { MESSAGES } from '../../i18n/messages';
import { welcomeKey } from '../activity-shape';
import { attach } from '../replies';
import type { Routes } from '../routes';
import type { Shell } from '../shell';
import { tappedLineSchema } from '../submissions';

export function registerHelp(routes: Routes, shell: Shell): void {
  const { store, now } = shell;

  // Teams may tell two instances about one install: a unique record in the database makes the welcome go out once.
  routes.installed(async (context) => {
    const key = welcomeKey(context.activity.conversation?.id ?? '');
    if (!(await store.markProcessed(key, now()))) return;
    await context.sendActivity(attach(welcomeCard(await shell.readerLangOf(context.activity))));
  });

  routes.command('help', async (context, text) => context.sendActivity(attach(helpCard(await shell.readerLangOf(context.activity, text), shell.rolesOf(context.activity)))));
  routes.command('examples', async (context, text) => context.sendActivity(attach(examplesCard(await shell.readerLangOf(context.activity, text)))));

  // Open to anyone: the line is answered as if typed, so a command in it is guarded like a typed one.
  routes.action([VERBS.say], 'anyone', async ({ data, context, lang }) => {
    const tapped = tappedLineSchema.safeParse(data);
    if (!tapped.success) return textCard([MESSAGES[lang].bot.invalidSubmission(tapped.error.issues.map((i) => i.message).join('; '))]);
    await routes.replyAsTyped(context, tapped.data.text);
    // The list stays as it was, so another line can be tapped.
    const roles = shell.rolesOf(context.activity);
    return tapped.data.list === 'help' ? helpCard(lang, roles) : tapped.data.list === 'examples' ? examplesCard(lang) : welcomeCard(lang);
  });
}
