// Who must act on a condition or duty, said relative to the reader: "Jij" for the reader's own side,
// "De ontvanger (Blijf Groep)" for the other side, an organisation's name for a party named in the rulebook.
import type { Addressee, Requirement } from '../rules/types';
import { partyRefLabel, type Lang, type Party, type PartyRef, type Text } from '../vocabulary';

/** The side of the exchange the reader is on; null when they are on neither (asking about two others). */
export type ReaderSide = 'discloser' | 'recipient' | null;

export interface Exchange {
  discloser?: PartyRef;
  recipient?: PartyRef;
}

export interface AddressedGroup {
  /** 'reader', 'discloser', 'recipient', 'each' or a party id: stable, for ordering and tests. */
  key: string;
  heading: string;
  items: Text[];
}

const LABELS: Record<Lang, { you: string; discloser: string; recipient: string; each: string }> = {
  nl: { you: 'Jij', discloser: 'De verstrekker', recipient: 'De ontvanger', each: 'Iedere partij' },
  en: { you: 'You', discloser: 'The discloser', recipient: 'The recipient', each: 'Each party' },
};

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The reader's side in a question: the recipient when the asker is the party that receives (a question like
 * "mag de politie ons het adres geven"), the discloser when the asker discloses or is not known ("mag ik …
 * delen"), neither when a known asker is on neither side.
 */
export function readerSideOf(question: { from?: PartyRef; to?: PartyRef; asker?: PartyRef }): ReaderSide {
  const asker = question.asker;
  if (!asker) return 'discloser';
  if (question.from?.party === asker.party) return 'discloser';
  if (question.to?.party === asker.party) return 'recipient';
  return null;
}

/** A named party that is one side of this exchange is that side: Blijf Groep's retention duty is "Jij" for Blijf Groep. */
function sideOf(who: Addressee, exchange: Exchange): Addressee {
  if (who === 'discloser' || who === 'recipient' || who === 'each') return who;
  if (exchange.discloser?.party === who) return 'discloser';
  if (exchange.recipient?.party === who) return 'recipient';
  return who;
}

function headingOf(key: Addressee | 'reader', exchange: Exchange, lang: Lang): string {
  const l = LABELS[lang];
  if (key === 'reader') return l.you;
  if (key === 'each') return l.each;
  if (key === 'discloser' || key === 'recipient') {
    const ref = key === 'discloser' ? exchange.discloser : exchange.recipient;
    return ref ? `${l[key]} (${capitalised(partyRefLabel(ref, lang))})` : l[key];
  }
  return capitalised(partyRefLabel({ party: key as Party }, lang));
}

/**
 * Groups requirements by who must act, the reader's own first, then the other side, named parties and
 * "each party". Requirements without an addressee (conditions the asker checks) come first under "Jij".
 */
export function groupByAddressee(requirements: readonly Pick<Requirement, 'who' | 'text'>[], exchange: Exchange, reader: ReaderSide, lang: Lang): AddressedGroup[] {
  const groups = new Map<string, AddressedGroup>();
  for (const r of requirements) {
    const side = r.who ? sideOf(r.who, exchange) : (reader ?? 'discloser');
    const key = side === reader ? 'reader' : side;
    const group = groups.get(key) ?? { key, heading: headingOf(key, exchange, lang), items: [] };
    group.items.push(r.text);
    groups.set(key, group);
  }
  const rank = (key: string) => {
    const i = ['reader', 'recipient', 'discloser'].indexOf(key);
    if (i >= 0) return i;
    return key === 'each' ? 4 : 3;
  };
  return [...groups.values()].sort((a, b) => rank(a.key) - rank(b.key));
}
