// Which language to answer a person in. Pure: what they typed, what was remembered and their client's
// locale come in; the organisation's default (DEFAULT_LANGUAGE, Dutch unless configured) closes the list.
import type { Lang } from '../vocabulary';

/** Command words of one language only; "help", "?" and "digest" are both and say nothing. */
const DUTCH_COMMAND = /^\s*(hulp|voorbeelden|voorbeeld|profiel|mijn verzoeken|openstaande verzoeken|open verzoeken|weekoverzicht|datalek( melden)?)\s*$/i;
const ENGLISH_COMMAND = /^\s*(examples|profile|my requests|open requests|weekly digest|data ?breach|report a (data )?breach)\s*$/i;

/** The language a typed command is in, or null when the word is the same in both. */
export function commandLanguage(text: string | undefined): Lang | null {
  if (DUTCH_COMMAND.test(text ?? '')) return 'nl';
  if (ENGLISH_COMMAND.test(text ?? '')) return 'en';
  return null;
}

/** The language of a Teams locale, or null for none or another language. */
export function localeLanguage(locale: string | undefined): Lang | null {
  const l = locale?.toLowerCase() ?? '';
  return l.startsWith('en') ? 'en' : l.startsWith('nl') ? 'nl' : null;
}

/** What was typed, else the language the person last wrote in, else their Teams locale, else the organisation's default. */
export function readerLanguage(input: { typed?: Lang | null; remembered?: Lang | null; locale?: string; fallback: Lang }): Lang {
  return input.typed ?? input.remembered ?? localeLanguage(input.locale) ?? input.fallback;
}
