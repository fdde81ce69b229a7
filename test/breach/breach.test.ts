// Which messages are breaches, which covenants a breach falls under, who hears of it. Pure.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { breachRecipients, covenantsInvolved, policeReportRequired } from '../../src/breach/breach';
import { breachKindIn } from '../../src/breach/detect';
import { makeDirectory } from '../../src/directory/directory';
import { loadRules } from '../../src/rules/load';

const rules = loadRules();

describe('recognising a data breach in a message', () => {
  const cases: [string, string | null][] = [
    ['telefoon kwijt', 'lost_device'],
    ['Mijn werktelefoon is gestolen', 'stolen_device'],
    ['laptop gestolen uit de auto', 'stolen_device'],
    ['ik heb een mail naar de verkeerde persoon gestuurd', 'wrong_recipient'],
    ['datalek', 'other'],
    ['I lost my phone with case notes', 'lost_device'],
    ['de pleger is weg uit de opvang', null],
    ['mag ik het telefoonnummer van het slachtoffer delen met de politie', null],
  ];
  for (const [text, kind] of cases) it(`reads "${text}" as ${kind ?? 'no breach'}`, () => assert.equal(breachKindIn(text), kind));

  it('takes none of the acceptance questions for a breach', () => {
    const lines = readFileSync(join(__dirname, '..', 'acceptance', 'questions.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim());
    assert.ok(lines.length >= 100);
    const flagged = lines.map((l) => (JSON.parse(l) as { question: string }).question).filter((t) => breachKindIn(t) !== null);
    assert.deepEqual(flagged, []);
  });
});

describe('a breach', () => {
  const vt = { party: 'veilig-thuis' as const, unit: 'rotterdam-rijnmond' };
  it('falls under the covenants shared with the organisations whose data was involved', () => {
    assert.deepEqual(covenantsInvolved(rules, vt, [{ party: 'politie', unit: 'rotterdam' }]).sort(), ['vuistregels-zorg-straf', 'werkafspraken-rotterdam-2017']);
    assert.deepEqual(covenantsInvolved(rules, { party: 'blijf-groep' }, [{ party: 'politie', unit: 'amsterdam' }]), ['blijf-politie-2022']);
  });

  it('needs a police report when Veilig Thuis loses a device with police data', () => {
    const base = { reporterParty: vt, kind: 'lost_device' as const, data: ['politiegegevens' as const], parties: [vt] };
    assert.equal(policeReportRequired(base), true);
    assert.equal(policeReportRequired({ ...base, kind: 'wrong_recipient' }), false);
    assert.equal(policeReportRequired({ ...base, data: ['naw'] }), false);
    assert.equal(policeReportRequired({ ...base, reporterParty: { party: 'blijf-groep' } }), false);
  });

  it('goes to the reporter’s privacy officers and the contact persons of the other parties, in the unit named', () => {
    const directory = makeDirectory([
      { aadObjectId: 'po-vt', name: 'PO VT', party: vt, roles: ['privacy-officer'] },
      { aadObjectId: 'po-blijf', name: 'PO Blijf', party: { party: 'blijf-groep' }, roles: ['privacy-officer'] },
      { aadObjectId: 'c-rdam', name: 'Contact Rotterdam', party: { party: 'politie', unit: 'rotterdam' }, roles: ['contact'] },
      { aadObjectId: 'c-adam', name: 'Contact Amsterdam', party: { party: 'politie', unit: 'amsterdam' }, roles: ['contact'] },
      { aadObjectId: 's-rdam', name: 'Staff Rotterdam', party: { party: 'politie', unit: 'rotterdam' }, roles: ['staff'] },
    ]);
    const parties = [{ party: 'politie' as const, unit: 'rotterdam' }];
    const names = breachRecipients(rules, directory, { reporterId: 'x', reporterParty: vt, parties, covenants: covenantsInvolved(rules, vt, parties) }).map((p) => p.name);
    assert.deepEqual(names.sort(), ['Contact Rotterdam', 'PO VT']);
  });
});
