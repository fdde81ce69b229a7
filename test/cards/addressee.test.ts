import assert from 'node:assert/strict';
import { answer } from '../../src/ask/answer';
import { renderText, toContractJson } from '../../src/ask/output';
import { verdictCard } from '../../src/cards/cards';
import { loadRules } from '../../src/rules/load';
import { groupByAddressee } from '../../src/present/addressee';
import type { PartyRef } from '../../src/vocabulary';

const rules = loadRules();
const POLICE: PartyRef = { party: 'politie', unit: 'amsterdam' };
const BLIJF: PartyRef = { party: 'blijf-groep' };
const ask = (question: string, as: PartyRef) => answer({ question, as }, rules, '2026-12-01');
const policeShares = () => ask('Mag ik het adres van de pleger delen met Blijf Groep voor de risicotaxatie?', POLICE);
const blijfReceives = () => ask('Mag de politie Amsterdam ons het adres van de pleger geven voor de risicotaxatie?', BLIJF);
/** The lines of the card's "Na het delen" section, in order. */
const dutyLines = (card: ReturnType<typeof verdictCard>) => {
  const body = card.body as { id?: string; items?: { text?: string }[] }[];
  return (body.find((e) => e.id === 'na-het-delen')?.items ?? []).map((i) => i.text ?? '');
};

describe('duties addressed to the party that must act', () => {
  it('puts the recipient\'s duties under "De ontvanger (Blijf Groep)" when the police ask whether they may share', () => {
    const lines = dutyLines(verdictCard(policeShares(), 'nl'));
    const recipient = lines.indexOf('**De ontvanger (Blijf Groep)**');
    assert.ok(recipient >= 0, lines.join('\n'));
    assert.match(lines[recipient + 1]!, /De ontvanger informeert de betrokkene/);
    assert.ok(lines.slice(recipient).some((l) => /Blijf Groep bewaart de gegevens 10 jaar/.test(l)));
    assert.ok(!lines.includes('**Jij**'), 'the police have no duty of their own here besides those of each party');
  });

  it('calls the recipient\'s duties "Jij" when the recipient asks whether it may be given the data', () => {
    const lines = dutyLines(verdictCard(blijfReceives(), 'nl'));
    assert.equal(lines[0], '**Jij**');
    assert.match(lines[1]!, /De ontvanger informeert de betrokkene/);
    assert.ok(!lines.some((l) => /De ontvanger \(/.test(l)));
  });

  it('groups the duties every party has under "Iedere partij", last', () => {
    const lines = dutyLines(verdictCard(policeShares(), 'nl'));
    const each = lines.indexOf('**Iedere partij**');
    assert.ok(each > 0);
    assert.ok(lines.slice(each).some((l) => /datalek/.test(l)));
    assert.ok(lines.slice(each + 1).every((l) => !l.startsWith('**')));
  });

  it('says "The recipient (Blijf Groep)" in English', () => {
    assert.ok(dutyLines(verdictCard(policeShares(), 'en')).includes('**The recipient (Blijf Groep)**'));
  });

  it('names a party by its organisation when it is on neither side of the exchange', () => {
    const groups = groupByAddressee(
      [{ who: 'veilig-thuis', text: { nl: 'Veilig Thuis koppelt terug.', en: 'Veilig Thuis reports back.' } }],
      { discloser: { party: 'politie' }, recipient: { party: 'lokaal-veld' } },
      'discloser',
      'nl',
    );
    assert.deepEqual(
      groups.map((g) => g.heading),
      ['Veilig Thuis'],
    );
  });

  it('calls a named party "Jij" when it is the reader\'s own side', () => {
    const groups = groupByAddressee([{ who: 'blijf-groep', text: { nl: 'Bewaar 10 jaar.', en: 'Keep 10 years.' } }], { discloser: POLICE, recipient: BLIJF }, 'recipient', 'nl');
    assert.deepEqual(
      groups.map((g) => g.heading),
      ['Jij'],
    );
  });

  it('no longer tells the discloser "Daarna moet je" in the ask command\'s text, but who must act', () => {
    const text = renderText(policeShares(), 'nl');
    assert.doesNotMatch(text, /Daarna moet je/);
    assert.match(text, /Na het delen:\n {2}De ontvanger \(Blijf Groep\):\n {4}• De ontvanger informeert de betrokkene/);
    assert.match(renderText(blijfReceives(), 'nl'), /Na het delen:\n {2}Jij:\n {4}• De ontvanger informeert de betrokkene/);
  });

  it("gives the ask command's JSON the duties under who must act", () => {
    const groups = toContractJson(policeShares(), 'en').dutiesByAddressee;
    assert.deepEqual(
      groups.map((g) => g.heading),
      ['The recipient (Blijf Groep)', 'Each party'],
    );
    assert.equal(groups[0]!.who, 'recipient');
  });
});
