// Every card the bot sends parses with the Adaptive Cards library without errors or warnings.
import assert from 'node:assert/strict';
import * as AC from 'adaptivecards';
import { answer } from '../../src/ask/answer';
import { emergencyCard, formCard, profileCard, textCard, verdictCard, welcomeCard, type Card } from '../../src/cards/cards';
import { loadRules } from '../../src/rules/load';
import { SLOTS, type Lang } from '../../src/vocabulary';

const rules = loadRules();
const ask = (question: string, as = 'politie:amsterdam') => {
  const [party, unit] = as.split(':');
  return answer({ question, as: { party: party as 'politie', unit } }, rules, '2025-06-01');
};

function problems(card: Card): string[] {
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  parsed.parse(card, context);
  const found: string[] = [];
  for (let i = 0; i < context.eventCount; i++) found.push(context.getEventAt(i).message);
  for (const event of parsed.validateProperties().validationEvents) found.push(event.message);
  return found;
}

const cases: [string, (lang: Lang) => Card][] = [
  ['welcome', (lang) => welcomeCard(lang)],
  ['verdict, conditional', (lang) => verdictCard(ask('Mag ik het adres van de pleger delen met Blijf Groep voor de risicotaxatie?'), lang)],
  ['verdict, several data categories with a personal-data warning', (lang) => verdictCard(ask('mag ik het adres en de incidenten van de pleger delen met blijf voor aware, 0612345678'), lang)],
  ['verdict, route via Veilig Thuis', (lang) => verdictCard(ask('mag ik zorgen over een kind direct met het wijkteam delen', 'politie:rotterdam'), lang)],
  ['verdict, not covered', (lang) => verdictCard(ask('mag ik het adres van de pleger delen met het OM', 'blijf-groep'), lang)],
  ['emergency', (lang) => emergencyCard(ask('hij staat nu voor de deur met een mes'), lang)],
  ['form for the missing slots', (lang) => formCard(ask('mag ik het adres van de pleger delen met blijf').decision.question, ['purpose'], lang)],
  ['form with every slot', (lang) => formCard({ date: '2025-06-01' }, [...SLOTS], lang)],
  ['profile', (lang) => profileCard(lang, { party: 'politie', unit: 'amsterdam' }, 'een vraag')],
  ['text', () => textCard(['Titel', 'Regel'])],
];

describe('the cards', () => {
  for (const [name, make] of cases) {
    for (const lang of ['nl', 'en'] as const) {
      it(`${name} (${lang}) is a valid Adaptive Card 1.5 without warnings`, () => {
        const card = make(lang);
        assert.equal(card.version, '1.5');
        assert.deepEqual(problems(card), []);
        assert.doesNotMatch(JSON.stringify(card), /\$\{/, 'no unexpanded template expressions');
      });
    }
  }

  it('show the verdict per data category when a question has several', () => {
    const card = verdictCard(ask('mag ik het adres en de incidenten van de pleger delen met blijf voor aware'), 'nl');
    assert.match(JSON.stringify(card), /"FactSet"/);
    assert.match(JSON.stringify(card), /Mag onder voorwaarden.*Mag niet/);
  });

  it('ask only for the missing slots, prefilled with what was understood', () => {
    const card = JSON.stringify(formCard({ from: { party: 'politie', unit: 'amsterdam' }, to: { party: 'blijf-groep' }, subject: 'pleger', data: ['naw'], date: '2025-06-01' }, ['purpose'], 'nl'));
    assert.match(card, /"id":"purpose"/);
    assert.doesNotMatch(card, /"id":"from"/);
    assert.match(card, /"known":\{"from":"politie:amsterdam","to":"blijf-groep","subject":"pleger","data":"naw"/);
  });
});
