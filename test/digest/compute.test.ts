// The digest's figures from plain records. Pure.
import assert from 'node:assert/strict';
import { computeDigests, type CovenantFact, type DigestInput, type RequestFact } from '../../src/digest/compute';
import { weekWindow } from '../../src/time/iso-weeks';

const WEEK = '2026-W48'; // Monday 23 to Sunday 29 November 2026
const END = weekWindow(WEEK).to;
const request = (fields: Partial<RequestFact>): RequestFact => ({
  id: '0b6f1c2e-1111-4222-8333-444455556666',
  createdAt: '2026-11-24T09:00:00.000Z',
  decidedAt: null,
  state: 'pending',
  discloser: 'politie:amsterdam',
  recipient: 'blijf-groep',
  slaDays: 5,
  escalatedAt: null,
  ...fields,
});
const covenant: CovenantFact = {
  id: 'c',
  title: 'Convenant',
  parties: [
    { party: 'blijf-groep', units: null },
    { party: 'politie', units: ['amsterdam'] },
  ],
  validUntil: '2027-04-30',
  evaluation: { everyMonths: 12, article: '12' },
  evaluationsHeld: [],
};
const input = (fields: Partial<DigestInput>): DigestInput => ({
  week: WEEK,
  asOf: END,
  scopes: [
    { managerId: 'blijf', party: { party: 'blijf-groep' } },
    { managerId: 'police-amsterdam', party: { party: 'politie', unit: 'amsterdam' } },
    { managerId: 'police', party: { party: 'politie' } },
    { managerId: 'police-nh', party: { party: 'politie', unit: 'noord-holland' } },
  ],
  questions: [],
  requests: [],
  deadLetters: [],
  covenants: [covenant],
  ...fields,
});
const byManager = (i: DigestInput) => Object.fromEntries(computeDigests(i).map((d) => [d.managerId, d]));

describe('the digest figures', () => {
  it('count a request for both organisations, for the party and for its unit', () => {
    const d = byManager(input({ requests: [request({})] }));
    assert.equal(d.blijf!.requests.filed, 1);
    assert.equal(d.blijf!.requests.received, 0);
    assert.equal(d['police-amsterdam']!.requests.received, 1);
    assert.equal(d.police!.requests.received, 1);
    assert.equal(d['police-nh']!.requests.received, 0);
  });

  it('count questions by the asker’s organisation, verdict, data and purpose', () => {
    const d = byManager(
      input({
        questions: [
          { at: '2026-11-25T10:00:00.000Z', party: 'blijf-groep', verdict: 'conditional', data: ['naw', 'incidenten'], purpose: 'risicotaxatie' },
          { at: '2026-11-18T10:00:00.000Z', party: 'blijf-groep', verdict: 'allowed', data: [], purpose: null },
        ],
      }),
    );
    assert.equal(d.blijf!.questions.total, 1);
    assert.equal(d.blijf!.questions.byVerdict.conditional, 1);
    assert.equal(d.blijf!.questions.byData.naw, 1);
    assert.equal(d.blijf!.questions.byPurpose.risicotaxatie, 1);
    assert.deepEqual(d.blijf!.trend.questions, [0, 0, 0, 1, 1]);
    assert.equal(d.police!.questions.total, 0);
  });

  it('take decisions, the median time to decide and escalations from the week', () => {
    const d = byManager(
      input({
        requests: [
          request({ id: 'a', state: 'approved', decidedAt: '2026-11-24T11:00:00.000Z' }),
          request({ id: 'b', state: 'denied', decidedAt: '2026-11-24T13:00:00.000Z' }),
          request({ id: 'c', state: 'withdrawn', decidedAt: '2026-11-25T13:00:00.000Z' }),
          request({ id: 'd', createdAt: '2026-11-02T09:00:00.000Z', escalatedAt: '2026-11-24T08:00:00.000Z' }),
        ],
      }),
    );
    const r = d.blijf!.requests;
    assert.deepEqual([r.approved, r.denied, r.withdrawn, r.escalations], [1, 1, 1, 1]);
    assert.equal(r.medianHoursToDecision, 3);
  });

  it('count pending and overdue requests at the end of the week, oldest first in the list', () => {
    const d = byManager(
      input({
        requests: [
          request({ id: '11111111-0000-0000-0000-000000000000', createdAt: '2026-11-10T09:00:00.000Z' }),
          request({ createdAt: '2026-11-26T09:00:00.000Z' }),
          request({ createdAt: '2026-11-12T09:00:00.000Z', decidedAt: '2026-12-01T09:00:00.000Z', state: 'approved' }),
        ],
      }),
    );
    const r = d.blijf!.requests;
    assert.equal(r.pending, 3, 'a request decided after the week was still open at its end');
    assert.equal(r.overdue, 2);
    assert.equal(r.oldestPendingWorkingDays, 13, 'Tuesday 10 to Sunday 29 November');
    assert.equal(d.blijf!.overdue[0]!.ref, 'DW-11111111');
  });

  it('name covenants that end within 180 days and an evaluation not yet held this year', () => {
    const d = byManager(input({}));
    assert.deepEqual(d.blijf!.covenants, [{ id: 'c', title: 'Convenant', validUntil: '2027-04-30', daysToEnd: 152, evaluationDue: true, evaluationArticle: '12' }]);
    assert.equal(byManager(input({ covenants: [{ ...covenant, validUntil: '2028-01-01', evaluationsHeld: [2026] }] })).blijf!.covenants[0]!.daysToEnd, null);
    assert.equal(byManager(input({ covenants: [{ ...covenant, evaluationsHeld: [2026] }] })).blijf!.covenants[0]!.evaluationDue, false);
    assert.deepEqual(d['police-nh']!.covenants, [], 'a unit outside the covenant');
  });

  it('count data breaches reported by the organisation, still open, and open past 72 hours', () => {
    const d = byManager(
      input({
        breaches: [
          { createdAt: '2026-11-24T09:00:00.000Z', party: 'blijf-groep', discoveredAt: '2026-11-24T08:00:00.000Z', closedAt: '2026-11-25T09:00:00.000Z' },
          { createdAt: '2026-11-27T09:00:00.000Z', party: 'blijf-groep', discoveredAt: '2026-11-27T08:00:00.000Z', closedAt: null },
          { createdAt: '2026-11-10T09:00:00.000Z', party: 'blijf-groep', discoveredAt: '2026-11-10T08:00:00.000Z', closedAt: null },
          { createdAt: '2026-11-24T09:00:00.000Z', party: 'politie:amsterdam', discoveredAt: '2026-11-24T08:00:00.000Z', closedAt: null },
        ],
      }),
    );
    assert.deepEqual(d.blijf!.breaches, { reported: 2, open: 2, past72Hours: 1 });
    assert.deepEqual(d.police!.breaches, { reported: 1, open: 1, past72Hours: 1 });
  });

  it('count nothing after the moment it is taken', () => {
    const d = byManager(input({ asOf: '2026-11-24T10:00:00.000Z', requests: [request({}), request({ createdAt: '2026-11-25T09:00:00.000Z' })] }));
    assert.equal(d.blijf!.requests.filed, 1);
  });
});
