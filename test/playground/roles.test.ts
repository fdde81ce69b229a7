// One playground window per role: the configuration that makes each person the current user.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadDirectory } from '../../src/directory/directory';
import { configFor, DEMO_ROLES } from '../../src/playground/roles';

const ROOT = join(__dirname, '..', '..');
const base = readFileSync(join(ROOT, '.m365agentsplayground.yml'), 'utf8');
const directory = loadDirectory(join(ROOT, 'config', 'demo-directory.yaml'));

describe('the playground roles', () => {
  it('cover staff, a contact person, a manager and a privacy officer from the demo directory', () => {
    const users = parse(base) as { currentUser: { id: string; aadObjectId: string }; users: { id: string; aadObjectId: string }[] };
    const everyone = [users.currentUser, ...users.users];
    const roles = DEMO_ROLES.map((r) => directory.find(everyone.find((u) => u.id === r.userId)?.aadObjectId)?.roles ?? []);
    for (const role of ['staff', 'contact', 'manager', 'privacy-officer'] as const)
      assert.ok(
        roles.some((r) => r.includes(role)),
        role,
      );
  });

  it('make the chosen person the current user and keep everyone else among the users', () => {
    const config = parse(configFor(base, 'user-sanne')) as { currentUser: { id: string }; users: { id: string }[] };
    assert.equal(config.currentUser.id, 'user-sanne');
    assert.ok(config.users.some((u) => u.id === 'user-ruben'));
    assert.ok(!config.users.some((u) => u.id === 'user-sanne'));
  });

  it('give each window a conversation of its own', () => {
    const chat = (userId: string) => (parse(configFor(base, userId)) as { personalChat: { id: string } }).personalChat.id;
    const ids = DEMO_ROLES.map((r) => chat(r.userId));
    assert.equal(new Set(ids).size, ids.length);
  });

  it('refuse a user the configuration does not have', () => {
    assert.throws(() => configFor(base, 'user-nobody'), /no user user-nobody/);
  });
});
