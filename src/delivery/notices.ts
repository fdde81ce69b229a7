// A notice's card in one language. Pure.
import { digestCard } from '../cards/digest-card';
import { textCard, type Card } from '../cards/cards';
import { DIGEST_MESSAGES } from '../i18n/digest-messages';
import { REACH_MESSAGES } from '../i18n/reach-messages';
import { REQUEST_MESSAGES } from '../i18n/request-messages';
import { partyRefLabel, type Lang } from '../vocabulary';
import type { Notice } from './effects';

export function noticeCard(n: Notice, lang: Lang): Card {
  const m = REQUEST_MESSAGES[lang];
  switch (n.notice) {
    case 'request-unrouted':
      return textCard([m.unroutedAlert(n.ref, partyRefLabel(n.discloser, lang))]);
    case 'request-reminder':
      return textCard([m.reminder(n.ref, n.ageWorkingDays, n.slaDays)]);
    case 'request-escalation':
      return textCard([m.escalation(n.ref, partyRefLabel(n.discloser, lang), n.ageWorkingDays, n.slaDays, n.contacts.join(', ') || m.nobodyYet)]);
    case 'digest':
      return digestCard(n.digest, lang);
    case 'managers-unreachable':
      return textCard([DIGEST_MESSAGES[lang].unreachableManagers(n.week, n.managers.join(', '))]);
    case 'unreached': {
      const r = REACH_MESSAGES[lang];
      const names = n.people.map((p) => `${p.name} (${partyRefLabel(p.party, lang)})`).join(', ');
      return textCard([r.unreached(names, [...new Set(n.people.map((p) => r.reason[p.reason]))].join('; '))]);
    }
  }
}
