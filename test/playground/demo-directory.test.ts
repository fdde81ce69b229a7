// The demo directory lets a newcomer try every flow: whoever a covenant lets share with, someone there answers.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadDirectory } from '../../src/directory/directory';
import { loadRules } from '../../src/rules/load';
import { knownUnits, type Party } from '../../src/vocabulary';

const directory = loadDirectory(join(__dirname, '..', '..', 'config', 'demo-directory.yaml'));

/** Every party and unit some covenant names: its listed units, or every known unit when it covers them all. */
function routedTo(): { party: Party; unit?: string }[] {
  const seen = new Map<string, { party: Party; unit?: string }>();
  for (const book of loadRules().books) {
    for (const [party, units] of book.partyUnits) {
      const list = units ? [...units] : knownUnits(party).length > 0 ? knownUnits(party) : [undefined];
      for (const unit of list) seen.set(`${party}:${unit ?? ''}`, { party, unit });
    }
  }
  return [...seen.values()];
}

/** Whether someone holds the role there, by the directory's own rule (the unit's own, else organisation-wide). */
const holds = (party: Party, unit: string | undefined, role: 'contact' | 'privacy-officer') =>
  (role === 'contact' ? directory.contactsFor : directory.privacyOfficersFor)({ party, ...(unit ? { unit } : {}) }).length > 0;

describe('the demo directory', () => {
  for (const role of ['contact', 'privacy-officer'] as const) {
    it(`has a ${role} for every party and unit a covenant names`, () => {
      const without = routedTo().filter(({ party, unit }) => !holds(party, unit, role));
      assert.deepEqual(without, []);
    });
  }
});
