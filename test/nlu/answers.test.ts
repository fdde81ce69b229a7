// What the reader's understanding does to the answer: non-parties, conflicting subjects, danger now.
import assert from 'node:assert/strict';
import { answer } from '../../src/ask/answer';
import { askInputSchema } from '../../src/ask/input';
import { renderText, toContractJson } from '../../src/ask/output';
import { loadRules } from '../../src/rules/load';

const index = loadRules();
const ask = (question: string, as: string, extra: Record<string, unknown> = {}) => answer(askInputSchema.parse({ question, as, date: '2025-06-01', ...extra }), index, '2025-06-01');

describe('answers to what the reader understood', () => {
  it('answers "not covered" when an organisation outside every covenant receives, naming it, never with a form', () => {
    const { decision } = ask('mag ik het adres van cliente aan de woningcorporatie geven', 'blijf-groep');
    assert.equal(decision.verdict, 'not_covered');
    assert.deepEqual(decision.nonParties, [{ role: 'to', id: 'woningcorporatie', label: { nl: 'woningcorporatie', en: 'housing corporation' } }]);
    assert.deepEqual(decision.missing, []);
    assert.ok(decision.askWhom.length > 0);
  });

  it('names the giver when an organisation outside every covenant is asked for data', () => {
    const { decision } = ask('mag ik bij de huisarts medische gegevens van cliente opvragen', 'blijf-groep');
    assert.equal(decision.verdict, 'not_covered');
    assert.deepEqual(
      decision.nonParties?.map((n) => [n.role, n.id]),
      [['from', 'huisarts']],
    );
  });

  it('prints the organisations outside every covenant in ask --json, in the language of the question', () => {
    const result = ask('can I give the address of the client to the housing corporation', 'blijf-groep');
    assert.deepEqual(toContractJson(result, 'en').nonParties, [{ role: 'to', id: 'woningcorporatie', label: 'housing corporation' }]);
  });

  it("says in the text answer which police unit named as the asker's own is outside every covenant", () => {
    const result = ask('Ik werk bij politie Limburg, mag ik het adres van de dader aan blijf geven', 'politie');
    assert.equal(result.decision.verdict, 'not_covered');
    assert.match(renderText(result, 'nl'), /politie-eenheid Limburg \(verstrekker\) valt onder geen enkel convenant/);
  });

  it('keeps what the rest of the question says when it names a non-party', () => {
    const { decision } = ask('mag ik het telefoonnummer van de pleger aan zijn werkgever geven', 'politie:amsterdam');
    assert.equal(decision.question.subject, 'pleger');
    assert.deepEqual(decision.question.data, ['contactgegevens']);
  });

  it('lets a receiver given explicitly override the non-party the text named', () => {
    const { decision } = ask('mag ik het adres van de pleger aan de werkgever geven voor de risicotaxatie', 'politie:amsterdam', { to: 'blijf-groep' });
    assert.equal(decision.verdict, 'conditional');
  });

  it('answers danger now as acute even when a non-party is named', () => {
    assert.equal(ask('hij staat nu voor de deur van de school met een mes', 'blijf-groep').decision.verdict, 'acute');
  });

  it('names a police unit no covenant lists when the answer is "not covered"', () => {
    const { decision } = ask('mag ik het adres van de pleger aan de politie in Den Haag geven', 'blijf-groep');
    assert.equal(decision.verdict, 'not_covered');
    assert.deepEqual(
      decision.nonParties?.map((n) => [n.role, n.id, n.label.nl]),
      [['to', 'politie:den-haag', 'politie-eenheid Den Haag']],
    );
  });

  it('lets the witness role decide over who the person is ("de buurvrouw die getuige was")', () => {
    const { decision } = ask('Mag ik de naam van de buurvrouw die getuige was aan het wijkteam geven voor de hulpverlening?', 'veilig-thuis:rotterdam-rijnmond');
    assert.equal(decision.question.subject, 'getuige');
    assert.notEqual(decision.verdict, 'conditional');
  });

  it('lets the reporter role decide ("de oma die de melding deed")', () => {
    const { decision } = ask('Mag ik de naam van de oma die de melding deed aan het wijkteam geven voor de hulpverlening?', 'veilig-thuis:rotterdam-rijnmond');
    assert.equal(decision.question.subject, 'melder');
  });

  it('asks which person is meant when two named on an equal footing get different verdicts', () => {
    // Incidents: conditional about a child, not allowed about the perpetrator (the rulebook as it stands).
    const each = ['kind', 'pleger'].map((subject) => ask('mag ik de incidenten aan blijf geven voor de risicotaxatie', 'politie:amsterdam', { subject }).decision.verdict);
    assert.deepEqual(each, ['conditional', 'not_allowed']);
    const { decision } = ask('mag ik de incidenten van het kind en de pleger aan blijf geven voor de risicotaxatie', 'politie:amsterdam');
    assert.deepEqual([decision.verdict, decision.missing], ['incomplete', ['subject']]);
  });

  it('lets a stricter role win over a person named beside it', () => {
    const { decision } = ask('mag ik het adres van de pleger en de melder aan blijf geven voor de risicotaxatie', 'politie:amsterdam');
    assert.equal(decision.question.subject, 'melder');
  });

  it('gives the shared verdict when two persons named together get the same one', () => {
    const { decision } = ask('mag ik het adres van de pleger en het slachtoffer aan blijf geven voor de risicotaxatie', 'politie:amsterdam');
    assert.equal(decision.verdict, 'conditional');
  });
});
