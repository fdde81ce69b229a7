// `npm run --silent rules:check -- [--rules DIR]… [--json]`: every problem in the rulebooks, one line each
// with file and line. Exit 0 when there is none, 1 when there are findings, 2 for unusable flags.
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkRulebooks, formatFinding } from '../covenants/check';
import { readRulebookSources } from '../covenants/sources';
import { rulebookDirs, vocabularyOf } from '../rules/load';

const USAGE = `Gebruik: npm run --silent rules:check -- [--rules MAP]… [--json]

  --rules MAP   lees ook de regelboeken in deze map (naast de ingebouwde en RULEBOOK_DIRS); mag vaker
  --json        de bevindingen als JSON-array
Exit 0: niets gevonden; 1: bevindingen; 2: onbruikbare opties.`;

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({ args: process.argv.slice(2), strict: true, options: { rules: { type: 'string', multiple: true }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    process.stderr.write(`rules:check: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const dirs = [...rulebookDirs(), ...(values.rules ?? []).map((d) => resolve(d))];
  let findings;
  try {
    const folders = [...new Set(dirs)];
    findings = checkRulebooks(readRulebookSources(folders), vocabularyOf(folders)).map((f) => ({ ...f, file: relative(process.cwd(), f.file) }));
  } catch (error) {
    process.stderr.write(`rules:check: ${(error as Error).message}\n`);
    return 2;
  }
  if (values.json) process.stdout.write(`${JSON.stringify(findings, null, 2)}\n`);
  else process.stdout.write(findings.length === 0 ? 'rules:check: geen bevindingen / no findings\n' : `${findings.map(formatFinding).join('\n')}\n${findings.length} bevinding(en) / finding(s)\n`);
  return findings.length === 0 ? 0 : 1;
}

process.exitCode = main();
