// The digest in the chat: `digest` shows a manager this week so far; the card's actions open the
// organisation's open requests and record a covenant's evaluation. Submissions are checked by zod.
import { z } from 'zod/v4';
import { textCard, type Card } from '../../cards/cards';
import { DIGEST_VERBS, digestCard } from '../../cards/digest-card';
import { requestListCard } from '../../cards/request-cards';
import type { Directory } from '../../directory/directory';
import type { DigestService } from '../../digest/service';
import { isoWeekOf } from '../../time/iso-weeks';
import { DIGEST_MESSAGES } from '../../i18n/digest-messages';
import { MESSAGES } from '../../i18n/messages';
import { REQUEST_MESSAGES } from '../../i18n/request-messages';
import type { RequestService } from '../../requests/service';
import type { Lang } from '../../vocabulary';
import { describeZodError } from '../../ask/input';
import { attach } from '../replies';
import type { Routes } from '../routes';
import type { Shell } from '../shell';

const evaluationSchema = z.object({
  covenant: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]*$/)
    .max(100),
  year: z.coerce.number().int().min(2000).max(2100),
});

/** `weekoverzicht` and the digest card's actions. */
export function registerDigest(routes: Routes, shell: Shell): void {
  const { digests, directory, requests, today } = shell;
  routes.command('digest', async (context, text, actorId) => context.sendActivity(attach(await digestNow(digests, directory, actorId, await shell.readerLangOf(context.activity, text), today()))));
  routes.action(Object.values(DIGEST_VERBS), 'person', ({ verb, data, lang, actorId }) => handleDigestAction({ verb, data, lang, userId: actorId, digests, directory, requests, today: today() }));
}

async function digestNow(digests: DigestService, directory: Directory, userId: string, lang: Lang, today: string): Promise<Card> {
  const manager = directory.find(userId);
  if (!manager?.roles.includes('manager')) return textCard([DIGEST_MESSAGES[lang].notAManager]);
  const [digest] = await digests.compute(isoWeekOf(today), userId);
  return digestCard(digest!, lang, { soFar: true });
}

async function handleDigestAction(input: {
  verb: string;
  data: unknown;
  lang: Lang;
  userId: string;
  digests: DigestService;
  directory: Directory;
  requests: RequestService;
  today: string;
}): Promise<Card> {
  const { verb, data, lang, userId, digests, directory, requests, today } = input;
  const m = DIGEST_MESSAGES[lang];
  const person = directory.find(userId);
  if (verb === DIGEST_VERBS.open) {
    if (!person?.roles.includes('manager')) return textCard([m.notAManager]);
    const open = await digests.openRequests(person.party);
    return requestListCard(
      `${m.openRequests}: ${digests.scopeLabel(person.party, lang)}`,
      REQUEST_MESSAGES[lang].openEmpty,
      open.map((request) => ({ request, whoDecides: requests.whoDecides(request, lang) })),
      today,
      lang,
    );
  }
  const parsed = evaluationSchema.safeParse(data);
  if (!parsed.success) return textCard([MESSAGES[lang].bot.invalidSubmission(describeZodError(parsed.error))]);
  const outcome = await digests.recordEvaluation(parsed.data.covenant, parsed.data.year, userId);
  if (outcome === 'refused') return textCard([m.evaluationRefused]);
  return textCard([m.evaluationRecorded(parsed.data.covenant, parsed.data.year)]);
}
