// The commands people type (or tap on the help card): one table, read by the bot's router, the language
// detection and the help card. A word listed in one language only tells which language the reader uses.
import type { Role } from './directory/directory';
import type { Lang } from './vocabulary';

export interface CommandEntry {
  /** The words that run the command, per language; the first is the one `help` shows. Case and spacing do not matter. */
  words: Record<Lang, readonly string[]>;
  /** What `help` says the command does, per language. */
  help: Record<Lang, string>;
  /** The roles `help` lists the command for; null: everyone. */
  shownTo: readonly Role[] | null;
  /** `person`: acts for someone, so it needs the sender's verified id (identity.ts); `anyone`: only shows something. */
  access: 'anyone' | 'person';
}

/** In the order `help` lists them (after an example question). */
export const COMMAND_TABLE = {
  examples: {
    words: { nl: ['voorbeelden', 'voorbeeld'], en: ['examples'] },
    help: { nl: 'Voorbeeldvragen om op te tikken.', en: 'Example questions to tap.' },
    shownTo: null,
    access: 'anyone',
  },
  mine: {
    words: { nl: ['mijn verzoeken'], en: ['my requests'] },
    help: { nl: 'Je ingediende verzoeken om gegevens: openen of intrekken.', en: 'The requests for data you filed: open or withdraw them.' },
    shownTo: null,
    access: 'person',
  },
  open: {
    words: { nl: ['openstaande verzoeken', 'open verzoeken'], en: ['open requests'] },
    help: { nl: 'Verzoeken die op jouw beslissing wachten.', en: 'Requests waiting for your decision.' },
    shownTo: ['contact'],
    access: 'person',
  },
  digest: {
    words: { nl: ['weekoverzicht', 'digest'], en: ['weekly digest', 'digest'] },
    help: { nl: 'Het weekoverzicht van je organisatie tot nu toe.', en: "Your organisation's week so far." },
    shownTo: ['manager'],
    access: 'person',
  },
  breach: {
    words: { nl: ['datalek', 'datalek melden'], en: ['data breach', 'databreach', 'report a breach', 'report a data breach'] },
    help: { nl: 'Een datalek melden, bijvoorbeeld "telefoon kwijt".', en: 'Report a data breach, for example a lost phone.' },
    shownTo: null,
    access: 'person',
  },
  profile: {
    words: { nl: ['profiel'], en: ['profile'] },
    help: { nl: 'Bij welke organisatie je staat.', en: 'Which organisation you are listed at.' },
    shownTo: null,
    access: 'person',
  },
  help: {
    words: { nl: ['help', 'hulp', '?'], en: ['help', '?'] },
    help: { nl: 'Dit overzicht.', en: 'This overview.' },
    shownTo: null,
    access: 'anyone',
  },
} as const satisfies Record<string, CommandEntry>;

export type CommandId = keyof typeof COMMAND_TABLE;
export type CommandAccess<Id extends CommandId> = (typeof COMMAND_TABLE)[Id]['access'];

export const COMMAND_IDS = Object.keys(COMMAND_TABLE) as CommandId[];

const LANGS: readonly Lang[] = ['nl', 'en'];

/** How a typed text is compared with a command word: trimmed, any run of spaces as one, lower case. */
const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

const ENTRIES = COMMAND_IDS.map((id) => {
  const entry: CommandEntry = COMMAND_TABLE[id];
  return { id, words: Object.fromEntries(LANGS.map((lang) => [lang, new Set(entry.words[lang].map(normalise))])) as Record<Lang, Set<string>> };
});

let last: { text: string | undefined; id: CommandId | null } = { text: undefined, id: null };

/** The command a typed text is, or null when it is none (a question, or anything else). */
export function commandOf(text: string | undefined): CommandId | null {
  // Every command route asks this of the same message: the text is compared once, not once per route.
  if (text === last.text) return last.id;
  const typed = normalise(text ?? '');
  const id = ENTRIES.find((e) => LANGS.some((lang) => e.words[lang].has(typed)))?.id ?? null;
  last = { text, id };
  return id;
}

/** The language a typed command is in, or null when it is no command or the word is the same in both ("help", "?", "digest"). */
export function commandLanguage(text: string | undefined): Lang | null {
  const typed = normalise(text ?? '');
  const langs = LANGS.filter((lang) => ENTRIES.some((e) => e.words[lang].has(typed)));
  return langs.length === 1 ? langs[0]! : null;
}
