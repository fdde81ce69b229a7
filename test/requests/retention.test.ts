// How long a disclosure request is kept (art. 8.1). Pure.
import assert from 'node:assert/strict';
import { retainUntil } from '../../src/requests/request';

describe('the retention of a request', () => {
  it('ends whole years after the day it was filed', () => assert.equal(retainUntil('2026-11-23T09:00:00.000Z', 10), '2036-11-23'));
  it('counts from the Amsterdam day: filed at 00:30 on 24 November, kept until 24 November', () => assert.equal(retainUntil('2026-11-23T23:30:00.000Z', 10), '2036-11-24'));
  it('ends on 28 February for a request filed on 29 February', () => assert.equal(retainUntil('2024-02-29T10:00:00.000Z', 10), '2034-02-28'));
});
