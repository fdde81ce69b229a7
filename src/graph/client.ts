// A Microsoft Graph client for one tenant, signed in as the bot's own app registration (client secret,
// or the managed identity on Azure), with the library's retry on 429/503 (Retry-After honoured).
import { ClientSecretCredential, ManagedIdentityCredential, type TokenCredential } from '@azure/identity';
import { AuthenticationHandler, Client, RedirectHandler, RedirectHandlerOptions, RetryHandler, RetryHandlerOptions, TelemetryHandler } from '@microsoft/microsoft-graph-client';
import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials';
import { NodeHttpsHandler } from './https-handler';

export interface GraphConnection {
  /** https://graph.microsoft.com by default; the tests' fake Graph server otherwise. */
  baseUrl: string;
  /** https://login.microsoftonline.com by default. */
  authorityHost: string;
  clientId: string;
  /** Absent: the managed identity (system-assigned, or user-assigned with `clientId`). */
  clientSecret?: string;
  /** PEM of an extra certificate authority to trust for Graph and the token endpoint. */
  extraCa?: string;
}

export const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';
const RETRIES = 3;

export function graphCredential(connection: GraphConnection, tenantId: string): TokenCredential {
  const tlsOptions = connection.extraCa ? { tlsOptions: { ca: connection.extraCa } } : {};
  if (connection.clientSecret) {
    const isDefaultAuthority = /login\.microsoftonline\.com/.test(connection.authorityHost);
    return new ClientSecretCredential(tenantId, connection.clientId, connection.clientSecret, {
      authorityHost: connection.authorityHost,
      disableInstanceDiscovery: !isDefaultAuthority,
      ...tlsOptions,
    });
  }
  return connection.clientId ? new ManagedIdentityCredential(connection.clientId, tlsOptions) : new ManagedIdentityCredential(tlsOptions);
}

export function graphClient(connection: GraphConnection, tenantId: string): Client {
  const authProvider = new TokenCredentialAuthenticationProvider(graphCredential(connection, tenantId), { scopes: [GRAPH_SCOPE] });
  return Client.initWithMiddleware({
    baseUrl: connection.baseUrl.replace(/\/+$/, '') + '/',
    customHosts: new Set([new URL(connection.baseUrl).hostname]),
    middleware: [
      new AuthenticationHandler(authProvider),
      new RetryHandler(new RetryHandlerOptions(1, RETRIES)),
      new RedirectHandler(new RedirectHandlerOptions()),
      new TelemetryHandler(),
      new NodeHttpsHandler(connection.extraCa),
    ],
  });
}

/** What went wrong talking to Graph, in the terms the rest of the bot acts on. */
export type GraphFailure =
  | { kind: 'sign-in'; status: number | null; code: string }
  | { kind: 'forbidden'; status: 403; code: string }
  | { kind: 'not-found'; status: 404; code: string }
  | { kind: 'throttled'; status: 429; code: string }
  | { kind: 'unavailable'; status: number | null; code: string };

export function graphFailure(error: unknown): GraphFailure {
  const e = error as { statusCode?: number; code?: string; name?: string; message?: string };
  const status = typeof e?.statusCode === 'number' && e.statusCode > 0 ? e.statusCode : null;
  const code = e?.code ?? e?.name ?? 'error';
  if (e?.name === 'AuthenticationError' || e?.name === 'CredentialUnavailableError' || e?.name === 'AggregateAuthenticationError') return { kind: 'sign-in', status, code: e.name };
  if (status === 401 || status === 403) return { kind: 'forbidden', status: 403, code };
  if (status === 404) return { kind: 'not-found', status: 404, code };
  if (status === 429) return { kind: 'throttled', status: 429, code };
  return { kind: 'unavailable', status, code };
}
