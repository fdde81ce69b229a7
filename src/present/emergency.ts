// What an acute answer says: 112 first, for everyone; then the crisis route of each acute rule that decided
// (the asker's covenant and region, none where no covenant names one); then that forms come later. Pure.
import { MESSAGES } from '../i18n/messages';
import type { Decision } from '../rules/types';
import type { Lang } from '../vocabulary';

export interface Emergency {
  call112: string;
  routes: string[];
  later: string;
}

export function emergencyOf(decision: Decision, lang: Lang): Emergency {
  const m = MESSAGES[lang].emergency;
  return { call112: m.call112, routes: decision.rules.map((r) => r.explanation[lang]), later: m.later };
}

/** The same as lines, in order: for the command line and the JSON output. */
export function emergencyLines(decision: Decision, lang: Lang): string[] {
  const e = emergencyOf(decision, lang);
  return [e.call112, ...e.routes, e.later];
}
