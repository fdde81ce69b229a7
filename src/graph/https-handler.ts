// The last link of the Graph client's middleware chain: sends the request with node:https so that an
// extra certificate authority (GRAPH_TLS_CA_FILE: a private Graph endpoint, or the tests' fake one) can
// be trusted without changing the process's trust store. The client's own handlers (authentication,
// Retry-After on 429, redirects) run before it unchanged.
import { request as httpsRequest } from 'node:https';
import { rootCertificates } from 'node:tls';
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

export class NodeHttpsHandler implements Middleware {
  private readonly ca: string[] | undefined;
  constructor(extraCa?: string) {
    this.ca = extraCa ? [...rootCertificates, extraCa] : undefined;
  }

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : (context.request as Request).url;
    const options = context.options ?? {};
    const headers = new Headers(options.headers as Record<string, string> | undefined);
    const body = options.body === undefined || options.body === null ? undefined : String(options.body);
    context.response = await new Promise<Response>((resolve, reject) => {
      const req = httpsRequest(url, { method: options.method ?? 'GET', headers: Object.fromEntries(headers.entries()), ca: this.ca, timeout: 30_000 }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const responseHeaders = new Headers();
          for (const [name, value] of Object.entries(res.headers)) if (value !== undefined) responseHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
          const status = res.statusCode ?? 500;
          resolve(new Response(status === 204 || status === 304 ? null : Buffer.concat(chunks), { status, headers: responseHeaders }));
        });
        res.on('error', reject);
      });
      req.on('timeout', () => req.destroy(new Error('Graph request timed out')));
      req.on('error', reject);
      if (body !== undefined) req.write(body);
      req.end();
    });
  }
}
