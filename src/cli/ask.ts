// `npm run --silent ask -- [flags] ["question"]`: the shell around answer(); see the decision contract.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { answer } from '../ask/answer';
import { askInputSchema, describeZodError, type AskInput } from '../ask/input';
import { renderText, toContractJson } from '../ask/output';
import { todayInAmsterdam } from '../clock';
import { standardLexicon } from '../nlu/lexicon-files';
import { loadRules } from '../rules/load';
import type { Lang } from '../vocabulary';

const USAGE = `Gebruik: npm run --silent ask -- [opties] ["vraag"]

  --as PARTIJ[:EENHEID]   je eigen organisatie (bijv. politie:amsterdam)
  --from / --to PARTIJ[:EENHEID]
  --subject ID  --data ID[,ID…]  --purpose ID
  --consent  --acute  --date JJJJ-MM-DD (standaard vandaag)
  --json       één JSON-object als uitvoer
  --jsonl      lees vragen als JSON-regels van standaardinvoer
  --lang nl|en taal van de tekst (standaard: die van de vraag, anders nl)`;

function fail(message: string): never {
  process.stderr.write(`ask: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function parseFlags(argv: string[]) {
  try {
    return parseArgs({
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
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
}

async function main() {
  const { values, positionals } = parseFlags(process.argv.slice(2));
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (values.lang !== undefined && values.lang !== 'nl' && values.lang !== 'en') fail(`--lang moet nl of en zijn, niet "${values.lang}"`);
  const langFlag = values.lang as Lang | undefined;
  const index = loadRules();
  standardLexicon(); // a bad lexicon file stops here, naming file and line
  const date = todayInAmsterdam();

  if (values.jsonl) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.trim()) continue;
      process.stdout.write(`${answerJsonLine(line, index, date, langFlag)}\n`);
    }
    return;
  }

  const raw = {
    question: positionals.length ? positionals.join(' ') : undefined,
    as: values.as,
    from: values.from,
    to: values.to,
    subject: values.subject,
    data: values.data?.split(',').map((d) => d.trim()).filter(Boolean),
    purpose: values.purpose,
    consent: values.consent,
    acute: values.acute,
    date: values.date,
  };
  const input = askInputSchema.safeParse(raw);
  if (!input.success) fail(describeZodError(input.error));
  if (!input.data.question && !input.data.from && !input.data.to && !input.data.acute) fail('geef een vraag, of ten minste --from en --to');
  const result = answer(input.data, index, date);
  const lang = langFlag ?? result.lang;
  process.stdout.write(values.json ? `${JSON.stringify(toContractJson(result, lang))}\n` : `${renderText(result, lang)}\n`);
}

function answerJsonLine(line: string, index: ReturnType<typeof loadRules>, date: string, lang: Lang | undefined): string {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return JSON.stringify({ error: 'geen geldige JSON / not valid JSON' });
  }
  const input = askInputSchema.safeParse(raw);
  if (!input.success) return JSON.stringify({ error: describeZodError(input.error) });
  const parsedInput: AskInput = input.data;
  const result = answer(parsedInput, index, date);
  return JSON.stringify(toContractJson(result, lang ?? result.lang));
}

main().catch((error: unknown) => {
  process.stderr.write(`ask: ${(error as Error).message}\n`);
  process.exit(1);
});
