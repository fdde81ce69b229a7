// When a waiting request earns a reminder or an escalation. Pure.
import assert from 'node:assert/strict';
import { deadlineSteps } from '../../src/requests/deadlines';
import type { DisclosureRequest } from '../../src/requests/request';

const request = (fields: Partial<DisclosureRequest> = {}) =>
  ({ state: 'pending', slaDays: 5, createdAt: '2026-11-23T09:00:00.000Z', remindedAt: null, escalatedAt: null, ...fields }) as DisclosureRequest;

describe('request deadlines', () => {
  it('are not due within the service level', () => assert.deepEqual(deadlineSteps(request(), '2026-11-27'), []));
  it('remind after five working days', () => assert.deepEqual(deadlineSteps(request(), '2026-11-30'), ['remind']));
  it('remind once', () => assert.deepEqual(deadlineSteps(request({ remindedAt: '2026-11-30T08:00:00Z' }), '2026-12-01'), []));
  it('escalate after twice the service level', () => assert.deepEqual(deadlineSteps(request({ remindedAt: 'x' }), '2026-12-07'), ['escalate']));
  it('do both when the reminder was missed', () => assert.deepEqual(deadlineSteps(request(), '2026-12-07'), ['remind', 'escalate']));
  it('count public holidays as no working days', () => {
    const beforeChristmas = request({ createdAt: '2026-12-18T09:00:00.000Z' });
    assert.deepEqual(deadlineSteps(beforeChristmas, '2026-12-25'), []);
    assert.deepEqual(deadlineSteps(beforeChristmas, '2026-12-28'), ['remind']);
  });
  it('stop once the request is decided or waits for the requester', () => {
    assert.deepEqual(deadlineSteps(request({ state: 'approved' }), '2027-01-30'), []);
    assert.deepEqual(deadlineSteps(request({ state: 'info_requested' }), '2027-01-30'), []);
  });
  it('use the covenant’s own service level', () => assert.deepEqual(deadlineSteps(request({ slaDays: 2 }), '2026-11-25'), ['remind']));
});
