// Installs Deelwijzer in a person's personal scope through Graph and returns the chat it opens there
// (application permission TeamsAppInstallation.ReadWriteSelfForUser.All). Installing twice is harmless:
// Graph answers 409 and the existing installation is used.
import type { Client } from '@microsoft/microsoft-graph-client';
import { graphFailure, type GraphFailure } from './client';

export const INSTALL_PERMISSION = 'TeamsAppInstallation.ReadWriteSelfForUser.All';

export type InstallResult = { ok: true; chatId: string } | { ok: false; failure: GraphFailure };

export async function installForUser(client: Client, graphBaseUrl: string, userId: string, catalogAppId: string): Promise<InstallResult> {
  const user = encodeURIComponent(userId);
  try {
    try {
      await client.api(`/users/${user}/teamwork/installedApps`).post({ 'teamsApp@odata.bind': `${graphBaseUrl.replace(/\/+$/, '')}/v1.0/appCatalogs/teamsApps/${catalogAppId}` });
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode !== 409) throw error;
    }
    const installations = (await client.api(`/users/${user}/teamwork/installedApps`).expand('teamsApp').filter(`teamsApp/id eq '${catalogAppId}'`).get()) as { value?: { id: string }[] };
    const installation = installations.value?.[0];
    if (!installation) return { ok: false, failure: { kind: 'not-found', status: 404, code: 'InstallationNotFound' } };
    const chat = (await client.api(`/users/${user}/teamwork/installedApps/${encodeURIComponent(installation.id)}/chat`).get()) as { id?: string };
    if (!chat.id) return { ok: false, failure: { kind: 'not-found', status: 404, code: 'ChatNotFound' } };
    return { ok: true, chatId: chat.id };
  } catch (error) {
    return { ok: false, failure: graphFailure(error) };
  }
}

/** Reads (never changes) the app's installation for one person: whether the install permission was consented. */
export async function installPermissionProblem(client: Client, tenantId: string, userId: string, catalogAppId: string): Promise<string | null> {
  try {
    await client
      .api(`/users/${encodeURIComponent(userId)}/teamwork/installedApps`)
      .filter(`teamsApp/id eq '${catalogAppId}'`)
      .get();
    return null;
  } catch (error) {
    const failure = graphFailure(error);
    if (failure.kind !== 'forbidden') return null; // not a consent problem; installation reports it when it happens
    return `Microsoft Graph weigert app-installaties in tenant ${tenantId} (${failure.code}): Deelwijzer kan zich niet installeren voor mensen die het nooit openden. Geef in die tenant beheerderstoestemming voor de toepassingsmachtiging ${INSTALL_PERMISSION}.`;
  }
}
