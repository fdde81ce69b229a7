// What every feature of the bot reads from a turn: who sent it (identity.ts), their organisation and roles, and
// the language to answer in; and the services and clocks the features act through.
import type { Activity, Storage } from 'botbuilder';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { BreachService } from '../breach/service';
import type { Config } from '../config/config';
import type { DigestService } from '../digest/service';
import type { Directory, Role } from '../directory/directory';
import { commandLanguage, localeLanguage, readerLanguage } from '../i18n/language';
import type { RequestService } from '../requests/service';
import type { RuleIndex } from '../rules/compile';
import type { Store } from '../store/sql-store';
import type { Lang } from '../vocabulary';
import { actorIdOf, askerOf, type Asker } from './identity';

export interface BotDeps {
  config: Config;
  rules: RuleIndex;
  directory: Directory;
  store: Store;
  requests: RequestService;
  digests: DigestService;
  breaches: BreachService;
  /** teams-ai turn state, shared by every instance (SqlStorage). */
  storage: Storage;
  adapter: TeamsAdapter;
  /** Today's date (YYYY-MM-DD) in the Netherlands: the shell's clock, handed to the pure core. */
  today: () => string;
  /** The current instant (ISO 8601), for records. */
  now: () => string;
  log: (event: string, fields?: Record<string, string | number | boolean>) => void;
}

/**
 * The id of the person who sent an activity (from.aadObjectId, see identity.ts), or undefined. Only the router and
 * the start of a turn read it: a feature gets the id from its route, which refuses a person's route without one.
 */
export const actorResolver = (config: Config) => {
  const production = config.NODE_ENV === 'production';
  return (activity: Activity) => actorIdOf(activity, production);
};

export interface Shell extends BotDeps {
  /** Their organisation: verified from the directory, or chosen on the profile card. */
  askerOf: (activity: Activity) => Promise<Asker | undefined>;
  /** Their roles in the directory; someone it does not list is staff. */
  rolesOf: (activity: Activity) => readonly Role[];
  /**
   * The language to answer a command or a card action in: a word only one language has, else the language
   * the person last wrote in (or their client's locale, stored with how to reach them), else the organisation's
   * default. A typed word is remembered for the cards the bot sends them later (only for a verified id).
   */
  readerLangOf: (activity: Activity, text?: string) => Promise<Lang>;
  /** Without a remembered language: the client's locale, else the organisation's default. */
  localeLangOf: (activity: Activity) => Lang;
  /** Each rulebook's title by its id, for the sources a card names. */
  titles: Record<string, string>;
}

export function createShell(deps: BotDeps): Shell {
  const { config, directory, store } = deps;
  const actorOf = actorResolver(config);
  return {
    ...deps,
    askerOf: (activity) => askerOf(directory, actorOf(activity), (id) => store.getProfile(id)),
    rolesOf: (activity) => directory.find(actorOf(activity))?.roles ?? ['staff'],
    readerLangOf: async (activity, text) => {
      const typed = commandLanguage(text);
      const actorId = actorOf(activity);
      if (!actorId) return readerLanguage({ typed, locale: activity.locale, fallback: config.DEFAULT_LANGUAGE });
      if (typed) await store.setLanguage(actorId, typed);
      const remembered = localeLanguage((await store.getReference(actorId))?.locale);
      return readerLanguage({ typed, remembered, locale: activity.locale, fallback: config.DEFAULT_LANGUAGE });
    },
    localeLangOf: (activity) => localeLanguage(activity.locale) ?? config.DEFAULT_LANGUAGE,
    titles: Object.fromEntries(deps.rules.books.map((b) => [b.id, b.title])),
  };
}
