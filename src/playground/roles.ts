// The people `npm run playground` opens a window for, one per role, and the Agents Playground
// configuration that makes each of them the current user. Pure: text in, text out.
import { parse, stringify } from 'yaml';

export interface DemoRole {
  /** The user's id in .m365agentsplayground.yml. */
  userId: string;
  /** Who you are in that window, in Dutch: the role and what to try there. */
  who: string;
}

export const DEMO_ROLES: readonly DemoRole[] = [
  { userId: 'user-sanne', who: 'Sanne de Boer, medewerker Blijf Groep: stel een vraag en dien een verzoek in' },
  { userId: 'user-ruben', who: 'Ruben Visser, contactpersoon politie-eenheid Amsterdam: beslis over verzoeken ("openstaande verzoeken")' },
  { userId: 'user-karin', who: 'Karin Smit, manager Blijf Groep: typ "digest" voor het weekoverzicht' },
  { userId: 'user-joost', who: 'Joost Mulder, privacy officer Blijf Groep: ontvangt datalekmeldingen ("datalek")' },
];

interface PlaygroundUser {
  id: string;
  [key: string]: unknown;
}

interface PlaygroundConfig {
  currentUser: PlaygroundUser;
  users?: PlaygroundUser[];
  personalChat?: { id: string };
  groupChat?: { id: string; name?: string };
  team?: { id: string; [key: string]: unknown };
  [key: string]: unknown;
}

/**
 * The playground configuration with `userId` as the current user (the previous current user joins the
 * others) and conversation ids of its own, so each window is a conversation of its own with the bot.
 */
export function configFor(configYaml: string, userId: string): string {
  const config = parse(configYaml) as PlaygroundConfig;
  const everyone = [config.currentUser, ...(config.users ?? [])];
  const current = everyone.find((u) => u.id === userId);
  if (!current) throw new Error(`.m365agentsplayground.yml has no user ${userId}`);
  const suffix = userId.replace(/^user-/, '');
  return stringify({
    ...config,
    currentUser: current,
    users: everyone.filter((u) => u.id !== userId),
    ...(config.personalChat ? { personalChat: { ...config.personalChat, id: `${config.personalChat.id}-${suffix}` } } : {}),
    ...(config.groupChat ? { groupChat: { ...config.groupChat, id: `${config.groupChat.id}-${suffix}` } } : {}),
    ...(config.team ? { team: { ...config.team, id: `${config.team.id}-${suffix}` } } : {}),
  });
}
