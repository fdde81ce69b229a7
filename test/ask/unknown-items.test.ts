// A question that names something to share the reader did not understand is never answered with a permit.
import assert from 'node:assert/strict';
import { answer } from '../../src/ask/answer';
import { askInputSchema } from '../../src/ask/input';
import { renderText, toContractJson } from '../../src/ask/output';
import { notCoveredReasons } from '../../src/present/describe';
import { loadRules } from '../../src/rules/load';

const index = loadRules();
const ask = (question: string, as: string, extra: Record<string, unknown> = {}) => answer(askInputSchema.parse({ question, as, date: '2025-06-01', ...extra }), index, '2025-06-01', { explain: true });
const PERMITS = ['allowed', 'conditional'];

describe('something to share that was not understood', () => {
  it('answers not covered, not "for the categories that may", when the only thing named to give is unknown', () => {
    const { decision } = ask('Mag Blijf Groep het ontslagbericht van de kliniek over cliënte aan politie Noord-Holland geven voor de risicotaxatie?', 'blijf-groep');
    assert.equal(decision.verdict, 'not_covered');
    assert.deepEqual(decision.unknownItems, ['ontslagbericht']);
    assert.deepEqual(decision.conditions, []);
  });

  it('answers not covered when an unknown item stands beside a category that may be shared, keeping that category’s own verdict', () => {
    const { decision } = ask('Blijf wil het ontslagbericht over mevrouw en haar adres aan politie NH geven voor de AWARE aanvraag', 'blijf-groep');
    assert.equal(decision.verdict, 'not_covered');
    assert.ok(decision.unknownItems?.includes('ontslagbericht'));
    assert.deepEqual(
      decision.perData.map((p) => [p.data, p.verdict]),
      [['naw', 'conditional']],
    );
  });

  it('holds for every verb of sharing and of asking, in Dutch and English', () => {
    const questions: [string, string][] = [
      ['mag ik het schoolrapport van het kind delen met politie amsterdam voor de risicotaxatie', 'blijf-groep'],
      ['mag ik het adres en het uittreksel van de pleger doorsturen naar blijf groep voor de aware aanvraag', 'politie:amsterdam'],
      ['mogen wij bij politie flevoland het paspoort van de ex opvragen voor de risicotaxatie', 'blijf-groep'],
      ['can I send the school letter about the child to the Amsterdam police for the risk assessment', 'blijf-groep'],
      ['can we share her address and the discharge letter with the police in Amsterdam for the AWARE application', 'blijf-groep'],
      ['mag ik politie amsterdam om de pasfoto van de ex vragen voor de risicotaxatie', 'blijf-groep'],
      ['can we ask the Amsterdam police for the passport of the ex for the risk assessment', 'blijf-groep'],
      ['De politie Amsterdam vraagt de gespreksverslagen van een bewoonster voor de risicotaxatie. Mag ik die sturen?', 'blijf-groep'],
      ['De politie wil voor het overleg naast het adres ook de schoolgegevens van de kinderen. Mogen we alles geven?', 'veilig-thuis:rotterdam-rijnmond'],
    ];
    for (const [question, as] of questions) {
      const { decision } = ask(question, as);
      assert.ok(!PERMITS.includes(decision.verdict), `${question}: ${decision.verdict}`);
      // Named as unknown, or as something no data category covers ("het paspoort").
      assert.ok((decision.unknownItems ?? []).length + (decision.unlistedData ?? []).length > 0, question);
    }
  });

  it('still permits when a word not understood only describes data that was understood, or stands outside what is shared', () => {
    const questions: [string, string][] = [
      ['cliente wil dat we haar nieuwe adres aan de politie amsterdam geven voor de aware aanvraag', 'blijf-groep'],
      ['I have a short question: may I share her address with the Amsterdam police for the AWARE application?', 'blijf-groep'],
      ['mag ik het adres van de nieuwe vriend van de pleger aan politie amsterdam geven voor de risicotaxatie', 'blijf-groep'],
      ["politie adam hier: mogen we BG de markering 'medische indicatie' van de verdachte geven voor hun risicotaxatie?", 'politie:amsterdam'],
      ['hij stond vorige week met een knuppel bij haar huis, mag ik het adres van de dader met blijf delen voor de risicotaxatie', 'politie:amsterdam'],
      ['Mag het OM Veilig Thuis Flevoland de feiten over de pleger geven, zodat VT de veiligheid kan volgen?', 'om'],
      ['mag het wijkteam aan veilig thuis rotterdam-rijnmond terugmelden dat het gezin de deur dicht houdt', 'lokaal-veld'],
    ];
    for (const [question, as] of questions) {
      const { decision } = ask(question, as);
      assert.deepEqual(decision.unknownItems ?? [], [], question);
    }
  });

  it('leaves a stricter verdict as it is: what may not go, may not go', () => {
    const { decision } = ask('mag ik de medische gegevens en het schoolrapport van cliente aan politie amsterdam geven voor de risicotaxatie', 'blijf-groep');
    assert.equal(decision.verdict, 'not_allowed');
  });

  it('decides the data given as ids: a form or a flag says what the words meant', () => {
    const { decision } = ask('Mag Blijf Groep het letselrapport over cliënte aan politie Noord-Holland geven voor de risicotaxatie?', 'blijf-groep', { data: ['medische-gegevens'] });
    assert.equal(decision.verdict, 'not_allowed');
  });

  it('says which words were not understood and what to do, on the card, in ask’s text and JSON, and in the explanation', () => {
    const result = ask('Mag Blijf Groep het ontslagbericht van de kliniek over cliënte aan politie Noord-Holland geven voor de risicotaxatie?', 'blijf-groep');
    assert.match(notCoveredReasons(result.decision, 'nl', (c) => c)[0]!, /wat je bedoelt met "ontslagbericht".*Noem de organisatie en de gegevens zoals het convenant dat doet/);
    assert.match(renderText(result, 'en'), /does not understand what you mean by "ontslagbericht"/);
    const json = toContractJson(result, 'nl');
    assert.deepEqual(json.unknownItems, ['ontslagbericht']);
    assert.equal(json.explanation?.assumed[0]?.slot, 'data');
  });

  it('refuses what no data category covers as not covered, naming it by its label, on the card, in ask’s text and JSON', () => {
    const result = ask('Mag ik de gespreksverslagen van cliënte aan politie Amsterdam geven voor de risicotaxatie?', 'blijf-groep');
    assert.equal(result.decision.verdict, 'not_covered');
    assert.equal(result.decision.unlistedData?.length, 1);
    assert.match(notCoveredReasons(result.decision, 'nl', (c) => c)[0]!, /Je noemt verslagen.*geen van de gegevens die een convenant noemt/);
    assert.match(renderText(result, 'en'), /You name reports.*none of the data a covenant names/);
    assert.equal(toContractJson(result, 'nl').unlistedData.length, 1);
  });

  it('keeps the stricter verdict when what no category covers stands beside data that may not go', () => {
    assert.equal(ask('mag ik de medische gegevens en het paspoort van cliente aan politie amsterdam geven voor de risicotaxatie', 'blijf-groep').decision.verdict, 'not_allowed');
  });

  it('does not read a word after a comma as the object of the word before the comma', () => {
    const { decision } = ask('Kunnen we bij politie Flevoland checken of er over haar nieuwe vriend relevante incidenten bekend zijn, zodat we weten of dat veilig is?', 'blijf-groep');
    assert.deepEqual(decision.unknownItems ?? [], []);
  });

  it('does not read the object of another verb in English as something shared', () => {
    const { decision } = ask('Can I share the safety plan about the kids with 3RO to set the conditions of his probation, to protect the children’s safety?', 'veilig-thuis:rotterdam-rijnmond');
    assert.deepEqual(decision.unknownItems ?? [], []);
  });

  it('answers danger now first, whatever was not understood', () => {
    assert.equal(ask('hij staat nu voor de deur met een mes, mag ik het kenteken aan de politie geven', 'blijf-groep').decision.verdict, 'acute');
  });
});
