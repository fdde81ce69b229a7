// A condition of the rules the question itself says is not met ("de rechercheleider zegt dat dit het onderzoek schaadt").
import assert from 'node:assert/strict';
import { answer } from '../../src/ask/answer';
import { askInputSchema } from '../../src/ask/input';
import { renderText, toContractJson } from '../../src/ask/output';
import { standardLexicon } from '../../src/nlu/lexicon-files';
import { loadRules, unknownConditions } from '../../src/rules/load';
import { verdictCard } from '../../src/cards/cards';

const index = loadRules();
const ask = (question: string, as: string) => answer(askInputSchema.parse({ question, as, date: '2025-06-01' }), index, '2025-06-01');
const HARMS = 'De rechercheleider zegt dat dit het onderzoek schaadt. Mag ik Blijf de feiten en omstandigheden over de ex geven voor de risicotaxatie?';

describe('a condition the question says is not met', () => {
  it('turns the permit into a refusal with that condition as the reason (seed 001 art. 5.10)', () => {
    const { decision } = ask(HARMS, 'politie:amsterdam');
    assert.equal(decision.verdict, 'not_allowed');
    assert.deepEqual(
      decision.notMet?.map((c) => [c.id, c.articles]),
      [['geen-opsporingsbelang', ['5.10']]],
    );
    assert.deepEqual(decision.conditions, []);
    assert.deepEqual(decision.duties, [], 'nothing is shared, so no duty of sharing applies');
    assert.ok(decision.rules.length > 0, 'the rules that would permit it stay, so the answer can be traced');
  });

  it('says so in the text answer and in ask --json', () => {
    const result = ask(HARMS, 'politie:amsterdam');
    assert.match(renderText(result, 'nl'), /Je schrijft dat deze voorwaarde niet klopt \(art\. 5\.10\)/);
    assert.deepEqual(
      (toContractJson(result, 'nl') as { notMet: { id: string }[] }).notMet.map((c) => c.id),
      ['geen-opsporingsbelang'],
    );
  });

  it('keeps the permit when a word of not says the condition is met after all', () => {
    const { decision } = ask('mag ik Blijf de feiten en omstandigheden over de ex geven voor de risicotaxatie? het schaadt het onderzoek niet', 'politie:amsterdam');
    assert.equal(decision.verdict, 'conditional');
    assert.equal(decision.notMet, undefined);
  });

  it('reads it in English too', () => {
    assert.equal(
      ask('The detective says sharing would harm the investigation. May we give Blijf the facts and circumstances about the ex for the risk assessment?', 'politie:amsterdam').decision.verdict,
      'not_allowed',
    );
  });

  it('leaves an answer alone whose rules have no such condition', () => {
    const { decision } = ask('Het onderzoek schaadt het niet, denk ik. Mag ik de naam van de melder aan het wijkteam geven?', 'veilig-thuis:rotterdam-rijnmond');
    assert.equal(decision.notMet, undefined);
  });

  it('opens the card with the condition that is not met, and its article', () => {
    const card = JSON.stringify(verdictCard(ask(HARMS, 'politie:amsterdam'), 'nl'));
    assert.match(card, /Mag niet/);
    assert.match(card, /Je schrijft dat deze voorwaarde niet klopt \(art\. 5\.10\): Het mag geen opsporingsbelang schaden/);
  });

  it('finds a condition consent.yaml names that no rulebook has, by its entry (what stops the start)', () => {
    assert.deepEqual(unknownConditions(index, ['geen-opsporingsbelang', 'bestaat-niet']), [{ k: 1, condition: 'bestaat-niet' }]);
  });

  it('names only conditions and duties the rulebooks have', () => {
    const rules = [...index.byPair.values(), ...index.dutiesByPair.values()].flat();
    const ids = new Set(rules.flatMap((r) => [...r.conditions, ...r.duties].map((c) => c.id)));
    for (const condition of standardLexicon().conditionsNotMet) assert.ok(ids.has(condition), `consent.yaml notMet names "${condition}", a requirement no rulebook has`);
  });

  it('refuses a permit whose duty the question says it would skip (seed 003 vuistregel 7)', () => {
    const { decision } = ask('Mag ik de casus in het veiligheidsoverleg met OM en politie inbrengen zonder het gezin in te lichten? Dat is een lastig gesprek.', 'veilig-thuis:flevoland');
    assert.equal(decision.verdict, 'not_allowed');
    assert.deepEqual(
      decision.notMet?.map((c) => c.id),
      ['gezin-informeren'],
    );
  });

  it('keeps the permit when the question gives a reason the duty itself allows (danger for someone)', () => {
    const { decision } = ask(
      'Als we het gezin vooraf inlichten brengt dat moeder in gevaar. Mag ik de casus in het veiligheidsoverleg met OM en politie inbrengen zonder het gezin in te lichten?',
      'veilig-thuis:flevoland',
    );
    assert.equal(decision.verdict, 'conditional');
    assert.equal(decision.notMet, undefined);
  });
});
