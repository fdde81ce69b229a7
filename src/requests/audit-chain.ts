// The audit log's hash chain: each entry carries the hash of the one before, so any edit, deletion,
// insertion or reordering breaks the chain at the first entry it touches. Pure.
import { createHash } from 'node:crypto';

export interface AuditEntry {
  seq: number;
  at: string;
  kind: string;
  /** Ids and categories only: never names, case content or question text. */
  data: Record<string, string | number | boolean | null | string[]>;
  prevHash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);
/** The entry a purge leaves behind; its data names the last purged entry (throughSeq, throughHash). */
export const PURGE_KIND = 'records.purged';

/** JSON with sorted keys, so the same entry always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function hashOf(entry: Omit<AuditEntry, 'hash'>): string {
  return createHash('sha256')
    .update(canonicalJson({ seq: entry.seq, at: entry.at, kind: entry.kind, data: entry.data, prevHash: entry.prevHash }))
    .digest('hex');
}

/** The next entry of a chain whose last entry is `last` (or none). */
export function nextEntry(last: AuditEntry | undefined, at: string, kind: string, data: AuditEntry['data']): AuditEntry {
  const base = { seq: (last?.seq ?? 0) + 1, at, kind, data, prevHash: last?.hash ?? GENESIS_HASH };
  return { ...base, hash: hashOf(base) };
}

export type ChainCheck = { ok: true; entries: number } | { ok: false; seq: number; reason: string };

/**
 * Checks the chain in order of `seq`; names the first entry that is wrong and why. After a purge the
 * chain continues from the anchor (the last purged entry's seq and hash), which the purge recorded.
 */
export function verifyChain(entries: AuditEntry[], anchor?: { seq: number; hash: string }): ChainCheck {
  let prevHash = anchor?.hash ?? GENESIS_HASH;
  let expectedSeq = (anchor?.seq ?? 0) + 1;
  for (const entry of entries) {
    if (entry.seq !== expectedSeq) return { ok: false, seq: entry.seq, reason: `expected entry ${expectedSeq} here: an entry is missing, inserted or out of order` };
    if (entry.prevHash !== prevHash) return { ok: false, seq: entry.seq, reason: 'does not point to the entry before it' };
    if (hashOf(entry) !== entry.hash) return { ok: false, seq: entry.seq, reason: 'its content does not match its hash: it was edited' };
    prevHash = entry.hash;
    expectedSeq++;
  }
  if (anchor && !entries.some((e) => e.kind === PURGE_KIND && e.data.throughSeq === anchor.seq && e.data.throughHash === anchor.hash)) {
    return { ok: false, seq: anchor.seq + 1, reason: 'the chain starts after a purge that no purge entry records' };
  }
  return { ok: true, entries: entries.length };
}
