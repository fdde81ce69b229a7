// The bot answers a free-text question about a covenant that was added as files only (RULEBOOK_DIRS).
import assert from 'node:assert/strict';
import { Harness, cardOf, cardText, type User } from '../bot/harness';
import { ALMERE_DIR, FIXTURE_DIRECTORY } from './fixtures';

const wijkteam: User = { aadObjectId: '00000000-0000-0000-0000-0000000000f1', name: 'Noor Bakker' };

describe('the bot with a covenant from an extra rulebook folder', function () {
  this.timeout(20_000);
  const h = new Harness();
  before(() => h.start({ DIRECTORY_FILE: FIXTURE_DIRECTORY, ALLOWED_TENANTS: 'tenant-demo', RULEBOOK_DIRS: ALMERE_DIR }));
  after(() => h.stop());

  it('answers a wijkteam worker in Almere from the added covenant, citing its article', async () => {
    const { replies } = await h.say(wijkteam, 'Mag ik het adres van de cliënte delen met Veilig Thuis Flevoland voor een zorgmelding?');
    assert.equal(replies.length, 1);
    const text = cardText(cardOf(replies[0]));
    assert.match(text, /Mag onder voorwaarden/);
    assert.match(text, /Regionale werkafspraken Veilig Thuis Flevoland en wijkteams Almere \(fictief\), art\. 2\.1/);
  });

  it('does not allow what the added covenant does not list (medical data from the wijkteam)', async () => {
    const { replies } = await h.say(wijkteam, 'Mag ik de medische gegevens van de cliënte delen met Veilig Thuis Flevoland voor een zorgmelding?');
    const text = cardText(cardOf(replies[0]));
    assert.match(text, /Niet geregeld in een convenant/);
    assert.doesNotMatch(text, /Mag onder voorwaarden/);
  });
});
