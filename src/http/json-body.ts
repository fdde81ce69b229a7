// Reads a request body as JSON, bounded: only application/json, never compressed, never more than the
// limit in memory, nothing on disk. Every problem is a status code with a reason, never a thrown error.
import type { IncomingMessage } from 'node:http';

/** What Teams needs: an activity with a card submission is a few kilobytes; 256 kB leaves room. */
export const BODY_LIMIT_BYTES = 256 * 1024;
/** Activities nest a handful of levels (value.action.data.slots…); anything deeper is not one. */
export const MAX_JSON_DEPTH = 32;

export type BodyRefusal = { ok: false; status: 400 | 413 | 415; reason: string };
export type BodyResult = { ok: true; value: unknown } | BodyRefusal;

const refuse = (status: 400 | 413 | 415, reason: string): BodyRefusal => ({ ok: false, status, reason });

/** The checks that need only the headers: a wrong type, an encoding or a declared size over the limit. */
export function checkBodyHeaders(headers: IncomingMessage['headers'], limit = BODY_LIMIT_BYTES): BodyRefusal | null {
  const type = String(headers['content-type'] ?? '')
    .split(';')[0]!
    .trim()
    .toLowerCase();
  if (type !== 'application/json') return refuse(415, 'alleen application/json / only application/json');
  const charset = /;\s*charset=([^;\s]+)/i.exec(String(headers['content-type']))?.[1]?.replace(/"/g, '').toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') return refuse(415, 'alleen utf-8 / only utf-8');
  const encoding = String(headers['content-encoding'] ?? 'identity')
    .trim()
    .toLowerCase();
  if (encoding !== 'identity' && encoding !== '') return refuse(415, 'geen gecomprimeerde inhoud / no compressed bodies');
  const declared = headers['content-length'];
  if (declared !== undefined && !/^\d+$/.test(declared)) return refuse(400, 'ongeldige lengte / invalid content-length');
  if (declared !== undefined && Number(declared) > limit) return refuse(413, 'te groot / too large');
  return null;
}

function depthWithin(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth > max) return false;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return true;
}

/**
 * Reads the body of a request whose headers passed `checkBodyHeaders`. Stops reading (and frees what it
 * read) as soon as the limit is passed; a stream error or an aborted upload is a 400, not an 'error' event.
 */
export function readJsonBody(req: IncomingMessage, limit = BODY_LIMIT_BYTES): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (result: BodyResult) => {
      if (settled) return;
      settled = true;
      chunks.length = 0;
      req.removeListener('data', onData);
      // Whatever else arrives is read and dropped, so the socket can carry the answer.
      if (!req.complete) req.resume();
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return finish(refuse(413, 'te groot / too large'));
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('error', () => finish(refuse(400, 'onvolledige inhoud / incomplete body')));
    req.on('close', () => finish(refuse(400, 'onvolledige inhoud / incomplete body')));
    req.on('end', () => {
      if (settled) return;
      const text = Buffer.concat(chunks, size).toString('utf8');
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        return finish(refuse(400, 'geen geldige JSON / not valid JSON'));
      }
      if (!depthWithin(value, MAX_JSON_DEPTH)) return finish(refuse(400, 'te diep genest / nested too deeply'));
      finish({ ok: true, value });
    });
  });
}
