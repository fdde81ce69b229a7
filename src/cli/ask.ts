// `npm run --silent ask -- [flags] ["question"]`: the shell around askOnce(); see the decision contract.
import { createInterface } from 'node:readline';
import { answer } from '../ask/answer';
import { askOnce, parseAskFlags, USAGE, UsageError } from '../ask/command';
import { askInputSchema, describeZodError, type AskInput } from '../ask/input';
import { toContractJson } from '../ask/output';
import { todayInAmsterdam } from '../clock';
import { standardLexicon } from '../nlu/lexicon-files';
import { loadRules } from '../rules/load';
import type { Lang } from '../vocabulary';

function fail(message: string): never {
  process.stderr.write(`ask: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

async function main() {
  const argv = process.argv.slice(2);
  let flags;
  try {
    flags = parseAskFlags(argv);
  } catch (error) {
    return fail((error as Error).message);
  }
  const { values, lang } = flags;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const index = loadRules();
  standardLexicon(); // a bad lexicon file stops here, naming file and line
  const date = todayInAmsterdam();

  if (values.jsonl) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.trim()) continue;
      process.stdout.write(`${answerJsonLine(line, index, date, lang, values.explain === true)}\n`);
    }
    return;
  }
  try {
    process.stdout.write(askOnce(argv, index, date));
  } catch (error) {
    if (error instanceof UsageError) fail(error.message);
    throw error;
  }
}

function answerJsonLine(line: string, index: ReturnType<typeof loadRules>, date: string, lang: Lang | undefined, explain: boolean): string {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return JSON.stringify({ error: 'geen geldige JSON / not valid JSON' });
  }
  const input = askInputSchema.safeParse(raw);
  if (!input.success) return JSON.stringify({ error: describeZodError(input.error) });
  const parsedInput: AskInput = input.data;
  const result = answer(parsedInput, index, date, { explain });
  return JSON.stringify(toContractJson(result, lang ?? result.lang));
}

main().catch((error: unknown) => {
  process.stderr.write(`ask: ${(error as Error).message}\n`);
  process.exit(1);
});
