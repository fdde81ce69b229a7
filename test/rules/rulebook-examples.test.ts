// Each rulebook's worked examples run as tests, as `opa test` runs a policy's test files.
import assert from 'node:assert/strict';
import { basename } from 'node:path';
import { questionOf } from '../../src/covenants/examples';
import { decide } from '../../src/rules/engine';
import { loadExamples, loadRules, rulebookFiles } from '../../src/rules/load';

const index = loadRules();

for (const file of rulebookFiles()) {
  const covenant = basename(file, '.yaml');
  describe(`worked examples of ${covenant}`, () => {
    const examples = loadExamples(file);
    const determining = new Set<string>();

    for (const example of examples) {
      it(example.name, () => {
        const decision = decide(questionOf(example), index);
        decision.rules.forEach((r) => determining.add(r.id));
        assert.equal(decision.verdict, example.expect.verdict);
        for (const article of example.expect.articles ?? []) {
          const cited = decision.citations.filter((c) => c.covenant === covenant).map((c) => c.article);
          assert.ok(cited.includes(article), `expected art. ${article} of ${covenant} among ${JSON.stringify(cited)}`);
        }
        if (example.expect.rules) {
          assert.deepEqual(decision.rules.map((r) => r.id).sort(), [...example.expect.rules].sort(), 'the determining rules, exactly');
        }
        if (example.expect.conditions) assert.deepEqual(decision.conditions.map((c) => c.id).sort(), [...example.expect.conditions].sort(), 'the conditions, exactly');
        if (example.expect.duties) assert.deepEqual(decision.duties.map((c) => c.id).sort(), [...example.expect.duties].sort(), 'the duties, exactly');
        if (example.expect.doubt !== undefined) assert.equal((decision.doubts ?? []).length > 0, example.expect.doubt, 'shows "twijfel: vraag je privacy officer"');
        if (example.expect.missing) assert.deepEqual(decision.missing, example.expect.missing);
        if (example.expect.routeVia) assert.equal(decision.routeVia, example.expect.routeVia);
      });
    }

    it('has an example in which each of its rules decides', () => {
      const book = index.books.find((b) => b.id === covenant)!;
      const untested = book.data.rules.map((r) => r.id).filter((id) => !determining.has(id));
      assert.deepEqual(untested, [], `rules without a worked example: ${untested.join(', ')}`);
    });
  });
}
