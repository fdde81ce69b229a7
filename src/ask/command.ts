// The `ask` command's flags and its answer to one question, without the process around it (no exit, no
// streams): the command line calls it, and the tests call it with the flags people type.
import { parseArgs } from 'node:util';
import type { RuleIndex } from '../rules/compile';
import type { Lang } from '../vocabulary';
import { answer } from './answer';
import { askInputSchema, describeZodError } from './input';
import { renderText, toContractJson } from './output';
import { commaList } from '../comma-list';

export const USAGE = `Gebruik: npm run --silent ask -- [opties] ["vraag"]

  --as PARTIJ[:EENHEID]   je eigen organisatie (bijv. politie:amsterdam)
  --from / --to PARTIJ[:EENHEID]
  --subject ID  --data ID[,ID…]  --purpose ID
  --consent  --acute  --date JJJJ-MM-DD (standaard vandaag)
  --json       één JSON-object als uitvoer
  --explain    uitleg: welke regels beslisten, welke niet golden en waarom, wat is aangenomen
  --jsonl      lees vragen als JSON-regels van standaardinvoer
  --lang nl|en taal van de tekst (standaard: die van de vraag, anders nl)`;

export class UsageError extends Error {}

export function parseAskFlags(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        as: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        subject: { type: 'string' },
        data: { type: 'string' },
        purpose: { type: 'string' },
        consent: { type: 'boolean' },
        acute: { type: 'boolean' },
        date: { type: 'string' },
        json: { type: 'boolean' },
        jsonl: { type: 'boolean' },
        explain: { type: 'boolean' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values } = parsed;
  if (values.lang !== undefined && values.lang !== 'nl' && values.lang !== 'en') throw new UsageError(`--lang moet nl of en zijn, niet "${values.lang}"`);
  return { values, positionals: parsed.positionals, lang: values.lang as Lang | undefined };
}

/** The printed answer to the question the flags (and positional words) ask; throws UsageError for unusable flags. */
export function askOnce(argv: string[], index: RuleIndex, today: string): string {
  const { values, positionals, lang: langFlag } = parseAskFlags(argv);
  const raw = {
    question: positionals.length ? positionals.join(' ') : undefined,
    as: values.as,
    from: values.from,
    to: values.to,
    subject: values.subject,
    data: values.data === undefined ? undefined : commaList(values.data),
    purpose: values.purpose,
    consent: values.consent,
    acute: values.acute,
    date: values.date,
  };
  const input = askInputSchema.safeParse(raw);
  if (!input.success) throw new UsageError(describeZodError(input.error));
  if (!input.data.question && !input.data.from && !input.data.to && !input.data.acute) throw new UsageError('geef een vraag, of ten minste --from en --to');
  const result = answer(input.data, index, today, { explain: values.explain === true });
  const lang = langFlag ?? result.lang;
  return values.json ? `${JSON.stringify(toContractJson(result, lang))}\n` : `${renderText(result, lang)}\n`;
}
