import assert from 'node:assert/strict';
import { nextEntry, verifyChain, type AuditEntry } from '../../src/requests/audit-chain';

function chain(n: number): AuditEntry[] {
  const out: AuditEntry[] = [];
  for (let i = 0; i < n; i++) out.push(nextEntry(out[out.length - 1], `2026-11-23T10:0${i}:00Z`, 'request.decided', { request: `r${i}`, verdict: 'approved', data: ['naw'] }));
  return out;
}

describe('the audit hash chain', () => {
  it('verifies an untouched chain', () => {
    assert.deepEqual(verifyChain(chain(5)), { ok: true, entries: 5 });
  });

  it('names the first entry after an edit', () => {
    const c = chain(5);
    c[2] = { ...c[2]!, data: { ...c[2]!.data, verdict: 'denied' } };
    const check = verifyChain(c);
    assert.equal(check.ok, false);
    assert.equal(!check.ok && check.seq, 3);
  });

  it('names the entry after a deletion', () => {
    const c = chain(5);
    c.splice(1, 1);
    const check = verifyChain(c);
    assert.equal(!check.ok && check.seq, 3);
  });

  it('catches an insertion even when the inserted entry is internally consistent', () => {
    const c = chain(3);
    const forged = nextEntry(c[1], '2026-11-23T10:05:00Z', 'request.decided', { request: 'x', verdict: 'approved', data: [] });
    const check = verifyChain([c[0]!, c[1]!, forged, { ...c[2]!, seq: 4 }]);
    assert.equal(check.ok, false);
  });

  it('catches reordering', () => {
    const c = chain(4);
    const check = verifyChain([c[0]!, c[2]!, c[1]!, c[3]!]);
    assert.equal(!check.ok && check.seq, 3);
  });
});
