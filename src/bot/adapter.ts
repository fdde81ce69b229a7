// The Bot Framework adapter, with the two steps the HTTP server needs in the open (authenticate, then
// run the turn on that result) and a timeout on every call to a connector.
import type { Activity, ConfigurationBotFrameworkAuthenticationOptions, InvokeResponse, TurnContext } from 'botbuilder';
import type { AuthenticateRequestResult, ConnectorClientOptions } from 'botframework-connector';
import { TeamsAdapter } from '@microsoft/teams-ai';

/** How long a call to a connector (a reply, a card update, a proactive message) may take. */
export const CONNECTOR_TIMEOUT_MS = 5_000;

type PolicyRequest = { timeout: number };
type Policy = { sendRequest(request: PolicyRequest): Promise<unknown> };

/** A request policy that gives every outgoing request a hard timeout: a hanging serviceUrl ends in an error. */
const timeoutPolicy = (ms: number) => ({
  create: (next: Policy): Policy => ({
    sendRequest: (request) => {
      request.timeout = request.timeout > 0 ? Math.min(request.timeout, ms) : ms;
      return next.sendRequest(request);
    },
  }),
});

export class BotAdapter extends TeamsAdapter {
  constructor(options: ConfigurationBotFrameworkAuthenticationOptions, timeoutMs = CONNECTOR_TIMEOUT_MS) {
    super(options, undefined, undefined, { requestPolicyFactories: [timeoutPolicy(timeoutMs)] } as unknown as ConnectorClientOptions);
  }

  /** Validates the token for this activity (signature, issuer, audience, expiry, serviceUrl); throws when it fails. */
  authenticate(activity: Activity, authorization: string): Promise<AuthenticateRequestResult> {
    return this.botFrameworkAuthentication.authenticateRequest(activity, authorization);
  }

  /** Runs the turn of an activity that `authenticate` accepted; the invoke response, when there is one. */
  runAuthenticated(authentication: AuthenticateRequestResult, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authentication, activity, logic);
  }
}
