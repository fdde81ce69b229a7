// Issue 16, failure 2 in production: a valid token for another channel (webchat), whose activity names a
// contact person in from.id (or even in from.aadObjectId), acts for nobody. Only Teams vouches for aadObjectId.
import assert from 'node:assert/strict';
import { Harness, cardText } from '../bot/harness';
import { answer } from '../../src/ask/answer';
import { fileable } from '../../src/requests/filing';
import { loadRules } from '../../src/rules/load';
import type { PartyRef } from '../../src/vocabulary';
import { LocalIssuer } from './local-issuer';
import { filingFields, policeStaff, question, shelterContact, writeDirectory } from './people';

describe('who someone is, in production with the local issuer', function () {
  this.timeout(60_000);
  const h = new Harness();
  const issuer = new LocalIssuer();
  const headers = () => ({ authorization: `Bearer ${issuer.token(h.serviceUrlForTests)}` });
  let requestId = '';

  before(async () => {
    // Bot Framework's keys vouch for several channels; this one for Teams and Web Chat.
    await issuer.start(['msteams', 'webchat']);
    await h.start(issuer.productionEnv({ DIRECTORY_FILE: writeDirectory() }));
    for (const user of [shelterContact, policeStaff]) await h.post(h.activity(user, { type: 'installationUpdate', action: 'add' }), headers());
    // Filed through the service: in production a reply needs an outbound token, which these tests cannot get.
    const as: PartyRef = { party: 'politie', unit: 'amsterdam' };
    const decision = answer({ question, as }, loadRules(), new Date().toISOString().slice(0, 10)).decision;
    const parties = fileable(decision, as)!;
    const filed = await h.requests.file({
      activityKey: 'seed/1',
      requesterId: policeStaff.aadObjectId,
      requesterParty: as,
      decision,
      ...parties,
      fields: { ...filingFields, urgency: 'normaal', delivery: 'schriftelijk' },
    });
    requestId = filed.request.id;
  });
  after(async () => {
    await h.stop();
    issuer.stop();
  });

  const forgedApproval = (from: Record<string, string>) =>
    h.activity(shelterContact, {
      type: 'invoke',
      name: 'adaptiveCard/action',
      channelId: 'webchat',
      replyToId: 'card-c',
      from,
      conversation: { id: 'conv-attacker', conversationType: 'personal', tenantId: 'tenant-demo' },
      value: { action: { type: 'Action.Execute', verb: 'request.approve', data: { requestId, lang: 'nl' } } },
    });

  for (const [name, from] of [
    ['the contact’s id in from.id', { id: shelterContact.aadObjectId, name: shelterContact.name }],
    ['the contact’s id in from.aadObjectId', { id: 'dl_attacker', aadObjectId: shelterContact.aadObjectId, name: shelterContact.name }],
  ] as const) {
    it(`refuses a Web Chat approval with ${name}, and keeps how the contact is reached`, async () => {
      const res = await h.post(forgedApproval(from), headers());
      assert.equal(res.status, 200, 'the token itself is valid');
      assert.match(cardText((res.json as { value?: never }).value), /Deelwijzer weet niet wie je bent/);
      assert.equal((await h.requests.get(requestId))?.state, 'pending');
      assert.equal((await h.store().getReference(shelterContact.aadObjectId))?.conversation?.id, `conv-${shelterContact.aadObjectId}`);
    });
  }

  it('lets the contact approve from Teams', async () => {
    const res = await h.post(
      h.activity(shelterContact, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        replyToId: 'card-d',
        value: { action: { type: 'Action.Execute', verb: 'request.approve', data: { requestId, lang: 'nl' } } },
      }),
      headers(),
    );
    assert.equal(res.status, 200);
    assert.equal((await h.requests.get(requestId))?.state, 'approved');
  });
});
