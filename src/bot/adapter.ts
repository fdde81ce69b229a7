// The Bot Framework adapter, with the two steps the HTTP server needs in the open (authenticate, then
// run the turn on that result) and a timeout on every call to a connector.
import type { Activity, ConfigurationBotFrameworkAuthenticationOptions, InvokeResponse, TurnContext } from 'botbuilder';
import type { AuthenticateRequestResult, ConnectorClient, ConnectorFactory } from 'botframework-connector';
import { TeamsAdapter } from './teams-ai';

/** How long a call to a connector (a reply, a card update, a proactive message) may take. */
export const CONNECTOR_TIMEOUT_MS = 5_000;

/**
 * Every operation of this client gets a timeout (the SDK sets none, so a serviceUrl that never answers holds
 * the call forever). botbuilder replaces request policies given in the options, so the operations are wrapped.
 */
function withTimeout(client: ConnectorClient, ms: number): ConnectorClient {
  const send = client.sendOperationRequest.bind(client);
  client.sendOperationRequest = ((args, spec, callback) =>
    send({ ...args, options: { ...args.options, timeout: Math.min(args.options?.timeout || ms, ms) } }, spec, callback)) as typeof client.sendOperationRequest;
  return client;
}

const timed = (factory: ConnectorFactory, ms: number): ConnectorFactory => ({ create: async (serviceUrl, audience) => withTimeout(await factory.create(serviceUrl, audience), ms) });

export class BotAdapter extends TeamsAdapter {
  constructor(
    options: ConfigurationBotFrameworkAuthenticationOptions,
    private readonly timeoutMs = CONNECTOR_TIMEOUT_MS,
  ) {
    super(options);
    // Proactive messages (continueConversationAsync) get their connectors here.
    const authentication = this.botFrameworkAuthentication;
    const createFactory = authentication.createConnectorFactory.bind(authentication);
    authentication.createConnectorFactory = (identity) => timed(createFactory(identity), timeoutMs);
  }

  /** Validates the token for this activity (signature, issuer, audience, expiry, serviceUrl); throws when it fails. */
  async authenticate(activity: Activity, authorization: string): Promise<AuthenticateRequestResult> {
    const result = await this.botFrameworkAuthentication.authenticateRequest(activity, authorization);
    return result.connectorFactory ? { ...result, connectorFactory: timed(result.connectorFactory, this.timeoutMs) } : result;
  }

  /** Runs the turn of an activity that `authenticate` accepted; the invoke response, when there is one. */
  runAuthenticated(authentication: AuthenticateRequestResult, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authentication, activity, logic);
  }
}
