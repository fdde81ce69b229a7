// Expands an Adaptive Card template with plain data. Each template is parsed once and kept: parsing
// the expressions is most of the cost of building a card.
import * as ACData from 'adaptivecards-templating';
import type { Card } from './cards';

const prepared = new WeakMap<object, ACData.Template>();

export function expandTemplate(template: object, data: object): Card {
  let compiled = prepared.get(template);
  if (!compiled) prepared.set(template, (compiled = new ACData.Template(template)));
  return compiled.expand({ $root: data }) as Card;
}
