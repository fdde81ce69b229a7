// Sends a request with exactly these headers and bytes (fetch would fix some of them), and reads the status.
import { request } from 'node:http';

export interface RawRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string | number>;
  body?: Buffer | string;
  /** Send the body in pieces of this many bytes (chunked when no content-length is given). */
  chunk?: number;
}

/** The status code, or 0 when the server closed the connection without one (allowed for oversized uploads). */
export function rawRequest(baseUrl: string, req: RawRequest): Promise<{ status: number; body: string }> {
  const url = new URL(req.path ?? '/api/messages', baseUrl);
  return new Promise((resolve) => {
    const r = request(url, { method: req.method ?? 'POST', headers: req.headers ?? {}, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      res.on('error', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    r.on('error', () => resolve({ status: 0, body: '' }));
    const body = typeof req.body === 'string' ? Buffer.from(req.body) : req.body;
    if (!body) return void r.end();
    if (!req.chunk) return void r.end(body);
    let offset = 0;
    const next = () => {
      if (offset >= body.length) return void r.end();
      const piece = body.subarray(offset, offset + req.chunk!);
      offset += piece.length;
      if (r.write(piece)) setImmediate(next);
      else r.once('drain', next);
    };
    next();
  });
}
