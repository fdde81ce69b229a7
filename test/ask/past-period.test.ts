// A question about a disclosure made in the past, on days it names: decided for those days (seed 001 art. 14: in force
// from 17 September 2022, the day after the last signature).
import assert from 'node:assert/strict';
import { answer } from '../../src/ask/answer';
import { askInputSchema } from '../../src/ask/input';
import { parseQuestion } from '../../src/nlu/question-reader';
import { loadRules } from '../../src/rules/load';

const index = loadRules();
const TODAY = '2026-12-02';
const ask = (question: string, as: string, extra: Record<string, unknown> = {}) => answer(askInputSchema.parse({ question, as, ...extra }), index, TODAY);
const police = { party: 'politie', unit: 'amsterdam' } as const;

describe('a question about a disclosure in the past', () => {
  it('reads a season and a year as the days of that season', () => {
    assert.deepEqual(parseQuestion('In het voorjaar van 2022 gaf ik Blijf zijn adres. Was dat toegestaan?', { as: police }).pastPeriod, { from: '2022-03-01', until: '2022-05-31' });
  });

  it('reads a day, a month and a year as that day', () => {
    assert.deepEqual(parseQuestion('Op 3 oktober 2022 gaf ik Blijf zijn adres. Was dat toegestaan?', { as: police }).pastPeriod, { from: '2022-10-03', until: '2022-10-03' });
  });

  it('reads a year alone as the whole year', () => {
    assert.deepEqual(parseQuestion('In 2021 gaf ik Blijf zijn adres. Mocht dat?', { as: police }).pastPeriod, { from: '2021-01-01', until: '2021-12-31' });
  });

  it('takes no period from a year that only describes the situation', () => {
    assert.equal(parseQuestion('Hij sloeg haar in 2019. Mag ik Blijf nu zijn adres geven?', { as: police }).pastPeriod, undefined);
  });

  it('answers "not covered" for days before the covenant came into force', () => {
    const { decision } = ask('In de zomer van 2022 gaf ik Blijf het adres van de pleger voor de risicotaxatie. Was dat toegestaan?', 'politie:amsterdam');
    assert.equal(decision.verdict, 'not_covered');
  });

  it('answers with the permit for a day the covenant was in force', () => {
    const { decision } = ask('Op 3 oktober 2022 gaf ik Blijf het adres van de pleger voor de risicotaxatie. Was dat toegestaan?', 'politie:amsterdam');
    assert.equal(decision.verdict, 'conditional');
    assert.equal(decision.question.date, '2022-10-03');
  });

  it('gives the stricter answer where the covenant came into force within the days named', () => {
    const { decision } = ask('In september 2022 gaf ik Blijf het adres van de pleger voor de risicotaxatie. Was dat toegestaan?', 'politie:amsterdam');
    assert.equal(decision.verdict, 'not_covered');
  });

  it('keeps a date given explicitly over the days the question names', () => {
    const { decision } = ask('In de zomer van 2022 gaf ik Blijf het adres van de pleger voor de risicotaxatie. Was dat toegestaan?', 'politie:amsterdam', { date: '2023-01-10' });
    assert.equal(decision.verdict, 'conditional');
  });
});
