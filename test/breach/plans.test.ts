// What reporting a breach and recording a step on it cause, as plain data. Pure.
import assert from 'node:assert/strict';
import type { Breach } from '../../src/breach/breach';
import { breachAuditData, reportPlan, stepPlan } from '../../src/breach/plans';
import type { Person } from '../../src/directory/directory';

const officer: Person = { aadObjectId: 'privacy-blijf', name: 'Joost', party: { party: 'blijf-groep' }, roles: ['privacy-officer'] };
const contact: Person = { aadObjectId: 'contact-police', name: 'Ruben', party: { party: 'politie', unit: 'amsterdam' }, roles: ['contact'] };
const breach: Breach = {
  id: 'b1',
  reporterId: 'staff-blijf',
  reporterParty: { party: 'blijf-groep' },
  kind: 'lost_device',
  discoveredAt: '2026-11-23T08:00:00.000Z',
  encrypted: 'no',
  parties: [{ party: 'politie', unit: 'amsterdam' }],
  subjects: ['slachtoffer'],
  data: ['naw'],
  people: '1',
  covenants: ['blijf-politie-2022'],
  createdAt: '2026-11-23T09:00:00.000Z',
  version: 1,
  acknowledgements: [],
  policeReportAt: null,
  apDecision: null,
  apNotifiedAt: null,
  apPartiesAgreed: false,
  apRecordedBy: null,
};
const record = { kind: 'breach', id: 'b1' } as const;

describe('what reporting a breach causes', () => {
  it('records the report, then sends the card to each recipient who can be reached and names the others', () => {
    const plan = reportPlan({ breach, recipients: [officer, contact], reachable: new Set(['privacy-blijf']), unreached: [] });
    assert.deepEqual(
      plan.effects.map((e) => e.do),
      ['audit', 'send-card'],
    );
    assert.deepEqual(plan.effects[1], { do: 'send-card', record, to: 'privacy-blijf' });
    assert.deepEqual(plan.reached, [officer]);
    assert.deepEqual(plan.unreachable, [contact]);
  });

  it('tracks the card the reporter filed from', () => {
    const reporterCard = { reference: { conversation: { id: 'conv-staff' } as never }, activityId: 'card-of-sanne' };
    const plan = reportPlan({ breach, recipients: [officer], reachable: new Set(['privacy-blijf']), unreached: [], reporterCard });
    assert.deepEqual(plan.effects.at(-1), { do: 'track-card', record, to: 'staff-blijf', ...reporterCard });
  });
});

describe('what recording a step on a breach causes', () => {
  it('records it and redraws every copy', () => {
    const data = breachAuditData(breach, 'contact-police');
    assert.deepEqual(stepPlan(breach, data, 'breach.acknowledged'), [
      { do: 'audit', event: 'breach.acknowledged', data },
      { do: 'refresh-cards', record },
    ]);
  });

  it('only redraws the copies when nothing new was recorded (an acknowledgement given twice)', () => {
    assert.deepEqual(stepPlan(breach, null, 'breach.acknowledged'), [{ do: 'refresh-cards', record }]);
  });
});
