import assert from 'node:assert/strict';
import { transition, type Actor, type RequestRecord } from '../../src/requests/request-state';

const request: RequestRecord = {
  id: 'r1',
  state: 'pending',
  requesterId: 'staff-blijf',
  discloser: { party: 'politie', unit: 'amsterdam' },
  recipient: { party: 'blijf-groep' },
  decidedBy: null,
  decidedAt: null,
};
// Who counts as a contact of the data-holding organisation is the directory's rule (test/directory/roles.test.ts).
const contact: Actor = { aadObjectId: 'contact-ams', isContact: true };
const outsider: Actor = { aadObjectId: 'outsider', isContact: false };
const requester: Actor = { aadObjectId: 'staff-blijf', isContact: false };
const at = '2026-11-23T10:00:00Z';

describe('a disclosure request', () => {
  it('is approved by a contact person of the data-holding organisation', () => {
    const t = transition(request, { kind: 'approve' }, contact, at);
    assert.ok(t.ok);
    assert.equal(t.ok && t.record.state, 'approved');
    assert.equal(t.ok && t.record.decidedBy, 'contact-ams');
  });

  it('refuses an approval by someone who is not a contact of the data-holding organisation', () => {
    assert.deepEqual(transition(request, { kind: 'approve' }, outsider, at), { ok: false, refusal: 'not_a_contact' });
  });

  it('tells a second decider who decided first and when', () => {
    const first = transition(request, { kind: 'approve' }, contact, at);
    assert.ok(first.ok);
    const second = transition(first.ok ? first.record : request, { kind: 'deny', reason: 'te laat' }, contact, '2026-11-23T10:01:00Z');
    assert.deepEqual(second, { ok: false, refusal: 'already_decided', decidedBy: 'contact-ams', decidedAt: at });
  });

  it('needs a reason to deny and a question to ask for more information', () => {
    assert.deepEqual(transition(request, { kind: 'deny', reason: ' ' }, contact, at), { ok: false, refusal: 'reason_required' });
    assert.deepEqual(transition(request, { kind: 'ask_info', question: '' }, contact, at), { ok: false, refusal: 'reason_required' });
  });

  it('goes back to pending when the requester answers a question', () => {
    const asked = transition(request, { kind: 'ask_info', question: 'Waarom is het adres nodig?' }, contact, at);
    assert.ok(asked.ok);
    const answered = transition(asked.ok ? asked.record : request, { kind: 'answer_info', answer: 'Voor de veiligheidscheck.' }, requester, at);
    assert.equal(answered.ok && answered.record.state, 'pending');
  });

  it('can be withdrawn by its requester only, while undecided', () => {
    assert.deepEqual(transition(request, { kind: 'withdraw' }, contact, at), { ok: false, refusal: 'not_your_request' });
    const withdrawn = transition(request, { kind: 'withdraw' }, requester, at);
    assert.equal(withdrawn.ok && withdrawn.record.state, 'withdrawn');
  });
});
