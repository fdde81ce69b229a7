// Expands an Adaptive Card template with plain data. Each template is parsed once and kept: parsing
// the expressions is most of the cost of building a card.
import type * as ACData from 'adaptivecards-templating';
import type { Card } from './cards';

const SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

/** The frame every card shares: an Adaptive Card 1.5 with its body, actions and refresh. */
export const cardTemplate = <T extends object>(parts: T) => ({ type: 'AdaptiveCard' as const, $schema: SCHEMA, version: '1.5', ...parts });

/** The personal-data or form warning on top of a card. */
export const warningLine = (warning: string) => ({ type: 'TextBlock', text: `⚠️ ${warning}`, wrap: true, color: 'Attention', weight: 'Bolder' });

/** "Acuut gevaar? Bel 112" on top of every form and not-covered card, so a missed emergency still shows the way. */
export const emergencyBannerOf = (text: string) => ({ type: 'Container', style: 'attention', items: [{ type: 'TextBlock', text, weight: 'Bolder', wrap: true }] });

/** The banner in a template, with the sentence in `banner`. */
export const EMERGENCY_BANNER = emergencyBannerOf('${banner}');

/** The warning line in a template, shown when `warning` is set. */
export const WARNING_LINE = { $when: '${warning != null}', ...warningLine('${warning}') };

const prepared = new WeakMap<object, ACData.Template>();

/**
 * The templating library (with its expression parser, a large part of what the bot loads) is loaded with the
 * first card that needs it: the answer to a question, the verdict card, is built without it.
 */
let templating: typeof ACData | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadTemplating = (): typeof ACData => (templating ??= require('adaptivecards-templating') as typeof ACData);

export function expandTemplate(template: object, data: object): Card {
  let compiled = prepared.get(template);
  if (!compiled) prepared.set(template, (compiled = new (loadTemplating().Template)(template)));
  return compiled.expand({ $root: data }) as Card;
}
