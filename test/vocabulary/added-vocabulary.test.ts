// A covenant with a party, data category and purpose the built-in vocabulary does not know, added as files only
// (test/fixtures/covenants/zvh-gooi): its worked examples run as rules:test and rules:check run them, and no file
// under src/ names what it adds.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { checkRulebooks } from '../../src/covenants/check';
import { readRulebookSources } from '../../src/covenants/sources';
import { loadLanguage } from '../../src/nlu/lexicon-files';
import { loadRules, rulebookFiles, RULEBOOK_DIR, vocabularyOf } from '../../src/rules/load';
import { describeWorkedExamples, withBuiltIn, ZVH_DIR } from '../covenants/fixtures';

const dirs = withBuiltIn(ZVH_DIR);
const index = loadRules(dirs);
const file = rulebookFiles([ZVH_DIR])[0]!;

/** Every file under `dir`, recursively. */
const filesUnder = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));

describe('a covenant that brings its own vocabulary, added as files in an extra folder', () => {
  const added = parseYaml(readFileSync(join(ZVH_DIR, 'vocabulary.yaml'), 'utf8')) as Record<'parties' | 'dataCategories' | 'purposes', { id: string }[]>;
  const addedIds = [...added.parties, ...added.dataCategories, ...added.purposes].map((e) => e.id);

  it('adds at least one party, one data category and one purpose the built-in vocabulary does not have', () => {
    const builtIn = loadLanguage([RULEBOOK_DIR]).vocabulary;
    for (const kind of ['parties', 'dataCategories', 'purposes'] as const) {
      assert.ok(added[kind].length > 0, `adds ${kind}`);
      for (const { id } of added[kind]) assert.equal(builtIn.valid[kind].has(id), false, `${id} is new`);
    }
  });

  describeWorkedExamples(file, index);

  it('passes rules:check beside the built-in rulebooks', () => {
    assert.deepEqual(checkRulebooks(readRulebookSources(dirs), vocabularyOf(dirs)), []);
  });

  it('needed no file under src/: none of them names its ids or the covenant', () => {
    const names = [...addedIds, index.books.find((b) => b.data.source.seed.endsWith('zvh-gooi'))!.id];
    const src = join(__dirname, '..', '..', 'src');
    const naming = filesUnder(src).flatMap((path) => {
      const text = readFileSync(path, 'utf8');
      return names.filter((name) => text.includes(name)).map((name) => `${path} names ${name}`);
    });
    assert.deepEqual(naming, []);
  });
});
