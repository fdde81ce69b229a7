// One rule for who holds a role at an organisation: the unit's own people, else the organisation-wide ones.
import assert from 'node:assert/strict';
import { makeDirectory, type Person } from '../../src/directory/directory';

const person = (aadObjectId: string, party: string, unit: string | undefined, roles: Person['roles']): Person => ({
  aadObjectId,
  name: aadObjectId,
  party: unit ? { party: party as Person['party']['party'], unit } : { party: party as Person['party']['party'] },
  roles,
});

const ids = (people: Person[]) => people.map((p) => p.aadObjectId).sort();

describe('role holders in the directory', () => {
  const directory = makeDirectory([
    person('contact-ams', 'politie', 'amsterdam', ['staff', 'contact']),
    person('contact-nh', 'politie', 'noord-holland', ['contact']),
    person('contact-central', 'politie', undefined, ['contact']),
    person('staff-ams', 'politie', 'amsterdam', ['staff']),
    person('officer-police', 'politie', undefined, ['privacy-officer']),
    person('officer-blijf', 'blijf-groep', undefined, ['privacy-officer']),
    person('manager-vt-rr', 'veilig-thuis', 'rotterdam-rijnmond', ['manager']),
  ]);

  it('gives the contacts of the unit itself, not those of another unit or the whole organisation', () => {
    assert.deepEqual(ids(directory.contactsFor({ party: 'politie', unit: 'amsterdam' })), ['contact-ams']);
  });

  it('falls back to the organisation-wide contacts when the unit has none', () => {
    assert.deepEqual(ids(directory.contactsFor({ party: 'politie', unit: 'flevoland' })), ['contact-central']);
  });

  it('gives every contact of an organisation asked for without a unit', () => {
    assert.deepEqual(ids(directory.contactsFor({ party: 'politie' })), ['contact-ams', 'contact-central', 'contact-nh']);
  });

  it('applies the same rule to privacy officers: a unit without its own gets the organisation’s', () => {
    assert.deepEqual(ids(directory.privacyOfficersFor({ party: 'politie', unit: 'amsterdam' })), ['officer-police']);
  });

  it('never gives someone of another organisation, even when the organisation has nobody in the role', () => {
    assert.deepEqual(ids(directory.privacyOfficersFor({ party: 'veilig-thuis', unit: 'rotterdam-rijnmond' })), []);
    assert.deepEqual(ids(directory.managersFor({ party: 'politie', unit: 'amsterdam' })), []);
  });

  it('does not widen from one unit to a sibling unit', () => {
    assert.deepEqual(ids(directory.managersFor({ party: 'veilig-thuis', unit: 'zuid-holland-zuid' })), []);
  });
});
