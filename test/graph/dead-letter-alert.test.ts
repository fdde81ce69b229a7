// A message given up on is reported to the privacy officers of its recipient's organisation, by the
// directory's rule, and to every privacy officer only when the recipient's organisation is unknown.
import assert from 'node:assert/strict';
import { alertPrivacyOfficers, DEAD_LETTER_ALERT } from '../../src/bot/proactive';
import { makeDirectory, type Person } from '../../src/directory/directory';
import type { Db } from '../../src/store/database';
import { enqueue } from '../../src/store/outbox';
import { sqlStore } from '../../src/store/sql-store';
import { sqliteTarget } from '../store/targets';

const at = '2026-11-23T10:00:00.000Z';
const people: Person[] = [
  { aadObjectId: 'fatima', name: 'Fatima', party: { party: 'veilig-thuis', unit: 'rotterdam-rijnmond' }, roles: ['staff'] },
  { aadObjectId: 'lotte', name: 'Lotte', party: { party: 'veilig-thuis', unit: 'rotterdam-rijnmond' }, roles: ['privacy-officer'] },
  { aadObjectId: 'joost', name: 'Joost', party: { party: 'blijf-groep' }, roles: ['privacy-officer'] },
];
const reference = (user: string) => ({ conversation: { id: `conv-${user}` } as never, serviceUrl: 'https://smba.trafficmanager.net/emea/' });

describe('the alert about a message that could not be delivered', () => {
  let db: Db;
  beforeEach(async () => {
    db = await sqliteTarget.open();
    const store = sqlStore(db);
    for (const officer of ['lotte', 'joost']) await store.saveReference(officer, reference(officer), at);
  });
  afterEach(() => db.destroy());

  const alertedFor = async (recipientId: string | undefined) => {
    const id = await enqueue(db, { reference: reference('someone'), activity: { type: 'message', text: 'x' }, kind: 'notify', ...(recipientId ? { recipientId } : {}) }, at);
    await alertPrivacyOfficers(db, sqlStore(db), makeDirectory(people), () => at)({ id, kind: 'notify' });
    const alerts = await db.selectFrom('outbox').select('conversation_key').where('kind', '=', DEAD_LETTER_ALERT).execute();
    return alerts.map((a) => a.conversation_key).sort();
  };

  it('goes to the privacy officer of the recipient’s organisation only', async () => {
    assert.deepEqual(await alertedFor('fatima'), ['conv-lotte']);
  });

  it('goes to every privacy officer when the recipient is not known', async () => {
    assert.deepEqual(await alertedFor(undefined), ['conv-joost', 'conv-lotte']);
  });
});
