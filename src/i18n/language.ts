// Which language to answer a person in. Pure: what they typed, what was remembered and their client's
// locale come in; the organisation's default (DEFAULT_LANGUAGE, Dutch unless configured) closes the list.
import type { Lang } from '../vocabulary';

/** The language a typed command is in: the command table (src/commands.ts) knows each word's language. */
export { commandLanguage } from '../commands';

/** The language of a Teams locale, or null for none or another language. */
export function localeLanguage(locale: string | undefined): Lang | null {
  const l = locale?.toLowerCase() ?? '';
  return l.startsWith('en') ? 'en' : l.startsWith('nl') ? 'nl' : null;
}

/** What was typed, else the language the person last wrote in, else their Teams locale, else the organisation's default. */
export function readerLanguage(input: { typed?: Lang | null; remembered?: Lang | null; locale?: string; fallback: Lang }): Lang {
  return input.typed ?? input.remembered ?? localeLanguage(input.locale) ?? input.fallback;
}
