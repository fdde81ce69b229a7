// At least 1,000 generated bad activities and card submissions: each gets a clear answer or a 4xx,
// never a 5xx or a crash, and none changes stored state.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { join } from 'node:path';
import { Harness, type User } from './harness';

const directory = join(__dirname, '..', '..', 'config', 'demo-directory.yaml');
const stranger: User = { aadObjectId: 'bad-input-user', name: 'Onbekend' };

const junk = fc.oneof(fc.string({ maxLength: 30 }), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }), fc.object({ maxDepth: 1 }));
const unknownId = fc.constantFrom('brandweer', 'politie:Amsterdam!', 'schoenmaat', 'iedereen', 'blijf-groep:x:y', '', ' ', 'pleger,naw', '__proto__', 'constructor');
const oversized = fc.string({ minLength: 2001, maxLength: 5000 });

const formSubmission = fc.record(
  {
    known: fc.oneof(junk, fc.record({ from: fc.oneof(unknownId, junk), to: fc.oneof(unknownId, junk), data: fc.oneof(unknownId, junk) }, { requiredKeys: [] })),
    from: fc.oneof(unknownId, junk),
    to: fc.oneof(unknownId, junk),
    subject: fc.oneof(unknownId, junk),
    data: fc.oneof(unknownId, junk, oversized),
    purpose: fc.oneof(unknownId, junk),
    consent: junk,
    party: fc.oneof(unknownId, junk),
    pending: fc.oneof(junk, oversized),
    lang: junk,
  },
  { requiredKeys: [] },
);

const verb = fc.oneof(fc.constantFrom('ask.submit', 'ask.edit', 'profile.save', 'ask.new'), fc.string({ maxLength: 40 }), junk);

describe('the bot, under generated bad input', function () {
  this.timeout(120_000);
  const h = new Harness();
  before(() => h.start({ DIRECTORY_FILE: directory, ALLOWED_TENANTS: '' }));
  after(() => h.stop());

  it('answers 1,000 bad activities and submissions without a 5xx and without changing stored state', async () => {
    const badActivity = fc.oneof(
      // card actions with malformed or unknown data
      fc
        .record({ verb, data: formSubmission })
        .map(({ verb, data }) => h.activity(stranger, { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data } } })),
      // Action.Submit fallbacks with junk
      formSubmission.map((value) => h.activity(stranger, { type: 'message', value: { verb: 'profile.save', ...value, party: 'onbekend' } })),
      // messages with oversized, empty or non-text content
      fc.oneof(oversized, fc.constant(''), junk).map((text) => h.activity(stranger, { type: 'message', text })),
      // activities with missing or wrongly typed fields
      fc
        .record(
          {
            type: fc.oneof(fc.constantFrom('message', 'invoke', 'conversationUpdate', 'installationUpdate', 'typing', 'nonsense'), junk),
            name: junk,
            value: junk,
            from: junk,
            conversation: junk,
            recipient: junk,
            text: junk,
            channelData: junk,
          },
          { requiredKeys: [] },
        )
        .map((fields) => ({ ...h.activity(stranger, {}), ...fields })),
      // whole bodies that are not activities at all
      junk,
    );
    let count = 0;
    await fc.assert(
      fc.asyncProperty(badActivity, async (body) => {
        count++;
        const { status } = await h.post(body);
        assert.ok(status < 500, `status ${status} for ${JSON.stringify(body).slice(0, 300)}`);
        assert.equal(await h.store().getProfile(stranger.aadObjectId), undefined, 'no profile was stored');
      }),
      { numRuns: 1000, seed: 20261123 },
    );
    assert.ok(count >= 1000);
    assert.equal(await h.health(), 200, 'the bot is still up');
  });
});
