// What filing, deciding and waiting on a request should cause, as plain data. Pure: no database, no cards.
import assert from 'node:assert/strict';
import type { Effect } from '../../src/delivery/effects';
import type { Person } from '../../src/directory/directory';
import { actionPlan, deadlinePlan, filingPlan } from '../../src/requests/plans';
import { displayId, type DisclosureRequest } from '../../src/requests/request';

const person = (aadObjectId: string, name: string, roles: Person['roles'], party: Person['party']): Person => ({ aadObjectId, name, party, roles });
const police = { party: 'politie', unit: 'amsterdam' } as const;
const ruben = person('contact-1', 'Ruben', ['contact'], police);
const noor = person('contact-2', 'Noor', ['contact'], police);
const eva = person('manager-police', 'Eva', ['manager'], police);
const joost = person('privacy-blijf', 'Joost', ['privacy-officer'], { party: 'blijf-groep' });

const request: DisclosureRequest = {
  id: '3f2a9c1e-0000-4000-8000-000000000001',
  caseRef: 'BG-2026-0200',
  state: 'pending',
  version: 1,
  requesterId: 'staff-blijf',
  requesterParty: { party: 'blijf-groep' },
  discloser: police,
  recipient: { party: 'blijf-groep' },
  subject: 'pleger',
  data: ['geweldsincidenten'],
  purpose: 'risicotaxatie',
  consent: false,
  urgency: 'normaal',
  delivery: 'schriftelijk',
  necessity: 'Voor de risicotaxatie.',
  covenant: 'blijf-politie-2022',
  snapshot: { date: '2026-11-23', verdict: 'conditional', rulebooks: [], rules: [], citations: [{ covenant: 'blijf-politie-2022', article: '4.2' }], conditions: [], duties: [] },
  slaDays: 5,
  createdAt: '2026-11-23T09:00:00.000Z',
  updatedAt: '2026-11-23T09:00:00.000Z',
  decidedBy: null,
  decidedAt: null,
  decisionReason: null,
  infoQuestion: null,
  infoAnswer: null,
  remindedAt: null,
  escalatedAt: null,
  retainUntil: '2036-11-23',
};
const record = { kind: 'request', id: request.id } as const;
const steps = (effects: Effect[]) => effects.map((e) => (e.do === 'audit' ? `audit ${e.event}` : e.do === 'send-card' || e.do === 'notify' ? `${e.do} ${e.to}` : e.do));
const filing = (reachable: string[], extra: Partial<Parameters<typeof filingPlan>[0]> = {}) =>
  filingPlan({ request, requesterParty: 'blijf-groep', contacts: [ruben, noor], officers: [joost], reachable: new Set(reachable), unreached: [], ...extra });

describe('what filing a request causes', () => {
  it('records the filing, then sends the card to each contact who can be reached', () => {
    const plan = filing(['contact-1', 'privacy-blijf']);
    assert.deepEqual(steps(plan.effects), ['audit request.filed', 'send-card contact-1']);
    assert.equal(plan.contactsReached, 1);
    assert.equal(plan.officersAlerted, 0);
  });

  it('records in the audit log what art. 6.2 asks, with the requester’s organisation', () => {
    const [entry] = filing(['contact-1']).effects;
    assert.deepEqual(entry, {
      do: 'audit',
      event: 'request.filed',
      data: {
        requestId: request.id,
        caseRef: 'BG-2026-0200',
        actor: 'staff-blijf',
        actorParty: 'blijf-groep',
        discloser: 'politie:amsterdam',
        recipient: 'blijf-groep',
        subject: 'pleger',
        data: ['geweldsincidenten'],
        purpose: 'risicotaxatie',
        covenant: 'blijf-politie-2022',
        articles: ['blijf-politie-2022 4.2'],
        verdict: 'conditional',
        delivery: 'schriftelijk',
        state: 'pending',
      },
    });
  });

  it('records the request as unrouted and tells the reachable privacy officers when no contact can be reached', () => {
    const plan = filing(['privacy-blijf']);
    assert.deepEqual(steps(plan.effects), ['audit request.filed', 'audit request.unrouted', 'notify privacy-blijf']);
    assert.deepEqual(plan.effects.at(-1), { do: 'notify', to: 'privacy-blijf', notice: { notice: 'request-unrouted', ref: displayId(request.id), discloser: police }, kind: 'routing-alert' });
    assert.equal(plan.officersAlerted, 1);
  });

  it('does not count a privacy officer as alerted who cannot be reached either', () => {
    assert.equal(filing([]).officersAlerted, 0);
  });

  it('tracks the card the requester filed from, so it is redrawn with the others', () => {
    const requesterCard = { reference: { conversation: { id: 'conv-staff' } as never }, activityId: 'card-of-sanne' };
    const plan = filing(['contact-1'], { requesterCard });
    assert.deepEqual(plan.effects.at(-1), { do: 'track-card', record, to: 'staff-blijf', ...requesterCard });
  });

  it('asks for the privacy officers to be told whom Graph could not reach', () => {
    const unreached = [{ person: noor, reason: 'refused' as const }];
    assert.deepEqual(filing(['contact-1'], { unreached }).effects.at(-1), { do: 'alert-unreached', unreached });
  });
});

describe('what an action on a request causes', () => {
  const act = (action: Parameters<typeof actionPlan>[0]['action']) =>
    actionPlan({ next: request, action, event: 'request.x', actor: 'contact-1', actorParty: 'politie:amsterdam', contacts: [ruben, noor] });

  it('records it, redraws every copy and sends the requester a new card after a decision', () => {
    assert.deepEqual(steps(act({ kind: 'approve' })), ['audit request.x', 'refresh-cards', 'send-card staff-blijf']);
  });

  it('sends the contacts a new card when the requester answers a question or withdraws', () => {
    assert.deepEqual(steps(act({ kind: 'answer_info', answer: 'Zie dossier.' })), ['audit request.x', 'refresh-cards', 'send-card contact-1', 'send-card contact-2']);
    assert.deepEqual(steps(act({ kind: 'withdraw' })).slice(2), ['send-card contact-1', 'send-card contact-2']);
  });
});

describe('what a request waiting too long causes', () => {
  const deadline = (step: 'remind' | 'escalate', reachable: string[]) =>
    deadlinePlan({ step, request, ageWorkingDays: 10, contacts: [ruben, noor], managers: [eva], officers: [joost], reachable: new Set(reachable), unreached: [] });

  it('reminds every contact, after recording it and redrawing the copies', () => {
    assert.deepEqual(steps(deadline('remind', [])), ['audit request.reminded', 'refresh-cards', 'notify contact-1', 'notify contact-2']);
  });

  it('tells the managers of the data-holding organisation, naming its contacts', () => {
    const effects = deadline('escalate', ['manager-police']);
    assert.deepEqual(steps(effects), ['audit request.escalated', 'refresh-cards', 'notify manager-police']);
    assert.deepEqual(effects.at(-1), {
      do: 'notify',
      to: 'manager-police',
      notice: { notice: 'request-escalation', ref: displayId(request.id), discloser: police, ageWorkingDays: 10, slaDays: 5, contacts: ['Ruben', 'Noor'] },
      kind: 'request-escalation',
    });
  });

  it('tells its privacy officers instead when no manager can be reached', () => {
    assert.deepEqual(steps(deadline('escalate', [])).slice(2), ['notify privacy-blijf']);
  });
});
