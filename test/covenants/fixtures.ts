// The fictional covenants of test/fixtures/covenants, as folders to load beside the built-in rulebooks.
import assert from 'node:assert/strict';
import { basename, join } from 'node:path';
import { runExample } from '../../src/covenants/examples';
import type { RuleIndex } from '../../src/rules/compile';
import { loadExamples, RULEBOOK_DIR } from '../../src/rules/load';

const root = join(__dirname, '..', 'fixtures', 'covenants');
export const ALMERE_DIR = join(root, 'almere');
export const RENEWAL_DIR = join(root, 'renewal');
export const FIXTURE_DIRECTORY = join(root, 'directory.yaml');
export const withBuiltIn = (...dirs: string[]) => [RULEBOOK_DIR, ...dirs];

/** A test per worked example of the rulebook file, and one that each of its rules decides an example. */
export function describeWorkedExamples(file: string, index: RuleIndex): void {
  const covenant = basename(file, '.yaml');
  describe(`worked examples of ${covenant}`, () => {
    const determining = new Set<string>();
    for (const example of loadExamples(file, index.vocabulary)) {
      it(example.name, () => {
        const outcome = runExample(example, covenant, index);
        for (const r of outcome.decision.rules) if (r.covenant === covenant) determining.add(r.id);
        assert.deepEqual(outcome.failures, []);
      });
    }
    it('has an example in which each of its rules decides', () => {
      const untested = index.books
        .find((b) => b.id === covenant)!
        .data.rules.map((r) => r.id)
        .filter((id) => !determining.has(id));
      assert.deepEqual(untested, []);
    });
  });
}
export const ZVH_DIR = join(root, 'zvh-gooi');
export const ZVH_DIRECTORY = join(root, 'zvh-directory.yaml');
