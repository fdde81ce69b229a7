// `npm run --silent rules:diff -- --from <git ref or folder>… --to <folder>… [--date YYYY-MM-DD] [--json]`:
// the verdicts that change between two sets of rulebooks. Exit 1 when a worked example's verdict changes.
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { todayInAmsterdam } from '../clock';
import { diffRuleSets, examplesChanged } from '../covenants/diff';
import { formatDiff } from '../covenants/diff-report';
import { materialise, readRuleSet, removeExtracted } from '../covenants/rule-sets';
import { rulebookDirs } from '../rules/load';

const USAGE = `Gebruik: npm run --silent rules:diff -- [--from REF|MAP]… [--to MAP]… [--date JJJJ-MM-DD] [--json]

  --from   de oude regelboeken: een map of een git-revisie (HEAD, main, main:pad/naar/map); standaard HEAD
  --to     de nieuwe regelboeken: een map; standaard de ingebouwde map en RULEBOOK_DIRS
           (beide mogen vaker: de mappen samen vormen één kant)
  --date   de dag die naast de begin- en einddata van de convenanten wordt geprobeerd (standaard vandaag)
  --json   het resultaat als JSON
Exit 0: geen uitgewerkt voorbeeld verandert; 1: wel; 2: onbruikbare opties of regelboeken.`;

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      strict: true,
      options: { from: { type: 'string', multiple: true }, to: { type: 'string', multiple: true }, date: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    process.stderr.write(`rules:diff: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
    process.stderr.write(`rules:diff: --date is JJJJ-MM-DD / YYYY-MM-DD, niet "${values.date}"\n`);
    return 2;
  }
  try {
    const from = readRuleSet((values.from ?? ['HEAD']).map((spec) => materialise(spec)));
    const to = readRuleSet(values.to ?? rulebookDirs());
    const diff = diffRuleSets(from, to, values.date ?? todayInAmsterdam());
    const shown = { ...diff, examples: diff.examples.map((e) => ({ ...e, file: relative(process.cwd(), e.file) })) };
    process.stdout.write(values.json ? `${JSON.stringify(shown, null, 2)}\n` : formatDiff(shown));
    return examplesChanged(diff) ? 1 : 0;
  } catch (error) {
    process.stderr.write(`rules:diff: ${(error as Error).message}\n`);
    return 2;
  } finally {
    removeExtracted();
  }
}

process.exitCode = main();
