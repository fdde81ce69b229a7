// What `npm test` does first, given what the machine has. (Chromium cannot be uninstalled here, so
// the "missing" cases are checked on this decision rather than on a machine.)
import assert from 'node:assert/strict';
import { planTestSetup, type Machine } from './plan';

const complete: Machine = { root: false, debian: true, chromium: true, postgresBinaries: true, postgresUrl: false };

describe('test setup plan', () => {
  it('installs nothing and starts a throwaway PostgreSQL when everything is there and no database is given', () => {
    assert.deepEqual(planTestSetup(complete), { kind: 'run', install: [], throwawayPostgres: { runAs: null } });
  });

  it('starts nothing when TEST_POSTGRES_URL names a database (as .ci/run does)', () => {
    assert.deepEqual(planTestSetup({ ...complete, postgresUrl: true, postgresBinaries: false }), { kind: 'run', install: [], throwawayPostgres: null });
  });

  it('runs the throwaway PostgreSQL as the postgres user when running as root', () => {
    const plan = planTestSetup({ ...complete, root: true });
    assert.equal(plan.kind === 'run' && plan.throwawayPostgres?.runAs, 'postgres');
  });

  it('on Debian as root installs what is missing: Chromium and PostgreSQL', () => {
    const plan = planTestSetup({ root: true, debian: true, chromium: false, postgresBinaries: false, postgresUrl: false });
    assert.deepEqual(plan, { kind: 'run', install: ['chromium', 'postgresql'], throwawayPostgres: { runAs: 'postgres' } });
  });

  it('does not install PostgreSQL when a database is given', () => {
    const plan = planTestSetup({ root: true, debian: true, chromium: false, postgresBinaries: false, postgresUrl: true });
    assert.deepEqual(plan, { kind: 'run', install: ['chromium'], throwawayPostgres: null });
  });

  it('on Debian without root stops with the one apt-get line to run', () => {
    const plan = planTestSetup({ ...complete, chromium: false, postgresBinaries: false });
    assert.equal(plan.kind, 'stop');
    assert.match(plan.kind === 'stop' ? plan.message : '', /sudo apt-get install -y chromium postgresql/);
  });

  it('elsewhere stops naming exactly what is missing, in one line', () => {
    const plan = planTestSetup({ ...complete, debian: false, chromium: false });
    assert.equal(plan.kind, 'stop');
    const message = plan.kind === 'stop' ? plan.message : '';
    assert.match(message, /needs chromium,/);
    assert.doesNotMatch(message, /postgresql/);
    assert.doesNotMatch(message, /\n/);
  });
});
