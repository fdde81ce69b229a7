// Each rulebook's worked examples run as tests, as `opa test` runs a policy's test files.
import assert from 'node:assert/strict';
import { basename } from 'node:path';
import { runExample } from '../../src/covenants/examples';
import { appliedRules } from '../../src/rules/engine';
import { loadExamples, loadRules, rulebookFiles } from '../../src/rules/load';

const index = loadRules();

for (const file of rulebookFiles()) {
  const covenant = basename(file, '.yaml');
  describe(`worked examples of ${covenant}`, () => {
    const examples = loadExamples(file);
    const determining = new Set<string>();

    for (const example of examples) {
      it(example.name, () => {
        // The same comparison rules:check makes: verdict, articles, and exactly the rules, conditions, duties and doubt.
        const { decision, failures } = runExample(example, covenant, index);
        appliedRules(decision).forEach((r) => determining.add(r.id));
        assert.deepEqual(failures, []);
      });
    }

    it('has an example in which each of its rules decides (a duty rule: adds its duties)', () => {
      const book = index.books.find((b) => b.id === covenant)!;
      const untested = book.data.rules.map((r) => r.id).filter((id) => !determining.has(id));
      assert.deepEqual(untested, [], `rules without a worked example: ${untested.join(', ')}`);
    });
  });
}
