// The explorer's HTTP routes on the bot's server, read-only and without sign-in: GET /covenants (list and
// search box), GET /covenants/:id (one covenant), POST /covenants/zoek (the search form), POST
// /covenants/api/ask (the decision as JSON) and the stylesheet. Questions are answered and forgotten:
// nothing is stored or logged.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type * as restify from 'restify';
import { z } from 'zod/v4';
import { answer } from '../ask/answer';
import { askInputSchema, describeZodError } from '../ask/input';
import { toContractJson } from '../ask/output';
import type { RuleIndex } from '../rules/compile';
import { langOfLocale, type Lang } from '../vocabulary';
import { vocabularyIdSchema } from '../vocabulary-schema';
import { covenantPage, indexPage, notFoundPage } from './pages';
import { EXPLORER_CSS } from './styles';
import { EXPLORER_TEXTS } from './texts';

export interface ExplorerDeps {
  rules: RuleIndex;
  /** Today in Europe/Amsterdam, YYYY-MM-DD. */
  today: () => string;
}

const MAX_BODY = 16 * 1024;

/** Teams shows the explorer as a static tab in an iframe: only Teams and Microsoft 365 may frame it. */
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft https://*.office.com https://*.microsoft365.com",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** `nl`, `en` or a Teams locale (`{locale}` in the static tab's address, e.g. en-us). */
const langSchema = z
  .string()
  .max(20)
  .optional()
  .transform((s): Lang => langOfLocale(s))
  .catch('nl' as Lang);
const pageQuery = z.object({
  lang: langSchema,
  dir: z.string().max(200).optional().catch(undefined),
  purpose: vocabularyIdSchema('purposes', () => 'unknown purpose')
    .optional()
    .catch(undefined),
  consent: z.literal('1').optional().catch(undefined),
});
const formSchema = z.object({ question: z.string().max(2000).default(''), as: z.string().max(100).default('') });
const apiSchema = askInputSchema.extend({ lang: z.enum(['nl', 'en']).optional() });

function send(res: ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store', ...SECURITY_HEADERS, ...extra });
  res.end(body);
}

const queryOf = (req: IncomingMessage) => Object.fromEntries(new URL(req.url ?? '/', 'http://explorer').searchParams);

/** The body as the server's body parser left it, or read here (JSON or a form) when no parser ran. */
async function bodyOf(req: IncomingMessage & { body?: unknown }): Promise<unknown> {
  if (req.body !== undefined) return typeof req.body === 'string' ? parseText(req.body, req.headers['content-type']) : req.body;
  let text = '';
  for await (const chunk of req) {
    text += String(chunk);
    if (text.length > MAX_BODY) throw new Error('body too large');
  }
  return parseText(text, req.headers['content-type']);
}

function parseText(text: string, type: string | undefined): unknown {
  if (type?.includes('application/json')) return text ? JSON.parse(text) : {};
  return Object.fromEntries(new URLSearchParams(text));
}

export function registerExplorer(server: restify.Server, deps: ExplorerDeps): void {
  server.get('/covenants/explorer.css', async (_req, res) => send(res, 200, 'text/css', EXPLORER_CSS, { 'cache-control': 'public, max-age=3600' }));

  server.get('/covenants', async (req, res) => {
    const { lang } = pageQuery.parse(queryOf(req));
    send(res, 200, 'text/html', indexPage(deps.rules, deps.today(), lang));
  });

  server.get('/covenants/:id', async (req, res) => {
    const query = pageQuery.parse(queryOf(req));
    const html = covenantPage(deps.rules, String(req.params.id), deps.today(), query.lang, { direction: query.dir, purpose: query.purpose, consent: query.consent === '1' });
    if (html) send(res, 200, 'text/html', html);
    else send(res, 404, 'text/html', notFoundPage(query.lang));
  });

  server.post('/covenants/zoek', async (req, res) => {
    const { lang } = pageQuery.parse(queryOf(req));
    const form = formSchema.safeParse(await bodyOf(req).catch(() => ({})));
    const question = form.success ? form.data.question.trim() : '';
    const as = form.success ? form.data.as : '';
    const input = askInputSchema.safeParse({ question, ...(as ? { as } : {}) });
    const state = !question
      ? { question, as, answer: { error: EXPLORER_TEXTS[lang].noQuestion } }
      : !input.success
        ? { question, as, answer: { error: describeZodError(input.error) } }
        : { question, as, answer: toContractJson(answer(input.data, deps.rules, deps.today()), lang) };
    send(res, question && input.success ? 200 : 400, 'text/html', indexPage(deps.rules, deps.today(), lang, state));
  });

  server.post('/covenants/api/ask', async (req, res) => {
    let body: unknown;
    try {
      body = await bodyOf(req);
    } catch {
      send(res, 400, 'application/json', JSON.stringify({ error: 'geen geldige JSON / not valid JSON' }));
      return;
    }
    const input = apiSchema.safeParse(body);
    if (!input.success) {
      send(res, 400, 'application/json', JSON.stringify({ error: describeZodError(input.error) }));
      return;
    }
    const { lang: chosen, ...ask } = input.data;
    const result = answer(ask, deps.rules, deps.today());
    const lang: Lang = chosen ?? result.lang;
    send(res, 200, 'application/json', JSON.stringify(toContractJson(result, lang)));
  });
}
