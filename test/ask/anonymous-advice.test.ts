// Seed 003 vuistregel 4: a partner may ask Veilig Thuis for advice without any personal data of the family.
import assert from 'node:assert/strict';
import { answer } from '../../src/ask/answer';
import { askInputSchema } from '../../src/ask/input';
import { loadRules } from '../../src/rules/load';

const index = loadRules();
const ask = (question: string, as: string, extra: Record<string, unknown> = {}) => answer(askInputSchema.parse({ question, as, date: '2025-06-01', ...extra }), index, '2025-06-01', { explain: true });

describe('advice from Veilig Thuis without personal data', () => {
  it('answers an advice question naming no data with "under conditions": without names or other identifying details', () => {
    const { decision } = ask('Kunnen we als politie Veilig Thuis Flevoland om advies vragen of er sprake is van huiselijk geweld, zonder namen te noemen?', 'politie:flevoland');
    assert.equal(decision.verdict, 'conditional');
    assert.deepEqual(
      decision.conditions.map((c) => c.id),
      ['anoniem-advies'],
    );
    assert.deepEqual(
      decision.rules.map((r) => r.id),
      ['vz-adviesvraag-anoniem'],
    );
  });

  it('refuses the same advice question once it names personal data', () => {
    assert.equal(ask('mag ik voor een adviesvraag de naam van het kind aan veilig thuis flevoland geven', 'politie:flevoland').decision.verdict, 'not_allowed');
  });

  it('explains that the answer is for the question without personal data, and what naming data would give', () => {
    const { explanation } = ask('mag het OM bij veilig thuis flevoland een adviesvraag doen over een gezin', 'om');
    assert.ok(explanation?.assumed.some((a) => a.slot === 'data' && /zonder persoonsgegevens/.test(a.text.nl)));
    assert.ok(explanation?.perData.every((p) => p.verdict === 'not_allowed'));
  });
});
