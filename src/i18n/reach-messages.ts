// Sentences about people Deelwijzer could not reach, per language (for their privacy officer).
import type { Lang } from '../vocabulary';
import type { AlertedFailure } from '../graph/reach';

export interface ReachMessages {
  reason: Record<AlertedFailure, string>;
  unreached: (people: string, reasons: string) => string;
}

export const REACH_MESSAGES: Record<Lang, ReachMessages> = {
  nl: {
    reason: {
      refused:
        'Microsoft Teams weigert de app voor hen te installeren: er is geen beheerderstoestemming voor TeamsAppInstallation.ReadWriteSelfForUser.All, of het app-beleid van de tenant blokkeert Deelwijzer',
      'not-found': 'de persoon of de app is niet gevonden in Microsoft 365',
      unavailable: 'Microsoft Graph was niet bereikbaar',
    },
    unreached: (people, reasons) =>
      `Deelwijzer kan ${people} niet bereiken in Teams (${reasons}). Berichten voor hen wachten tot zij Deelwijzer openen. Vraag je Microsoft 365-beheerder dit op te lossen.`,
  },
  en: {
    reason: {
      refused: 'Microsoft Teams refuses to install the app for them: there is no admin consent for TeamsAppInstallation.ReadWriteSelfForUser.All, or the tenant’s app policy blocks Deelwijzer',
      'not-found': 'the person or the app was not found in Microsoft 365',
      unavailable: 'Microsoft Graph could not be reached',
    },
    unreached: (people, reasons) => `Deelwijzer cannot reach ${people} in Teams (${reasons}). Messages for them wait until they open Deelwijzer. Ask your Microsoft 365 administrator to fix this.`,
  },
};
