// The legal review's probes of issue 15, typed as its flags, through the ask command's own path (askOnce):
// each finding holds in the `--json` output people and scripts read.
import assert from 'node:assert/strict';
import { askOnce } from '../../src/ask/command';
import { loadRules } from '../../src/rules/load';

const index = loadRules();
const DATE = ['--date', '2025-03-01'];

interface Out {
  verdict: string;
  covenant: string | null;
  rules: { id: string; covenant: string; articles: string[]; explanation: string }[];
  citations: { covenant: string; article: string; text: string }[];
  conditions: string[];
  duties: string[];
  dutiesByAddressee: { who: string; heading: string; duties: string[] }[];
  routeVia: string | null;
  doubts: string[];
  whatWouldChange: { kind: string; text: string }[];
  emergency: string[];
  explanation?: {
    mode: string;
    assumed: { slot: string; text: string }[];
    matched: { rule: string; outcome: string }[];
    perData: { data: string; rules: { rule: string; outcome: string; reasons: string[] }[]; fallback: string | null }[];
    acute: { rule: string; outcome: string }[];
    parts: { subject: string; verdict: string; matched: { rule: string; outcome: string }[] }[];
    outside: { role: string; id: string; text: string }[];
  };
}

const ask = (...flags: string[]): Out => JSON.parse(askOnce(['--json', ...flags], index, '2025-03-01')) as Out;
const askFree = (as: string, question: string): Out => ask('--as', as, ...DATE, question);
const ruleIds = (out: Out) => out.rules.map((r) => r.id).sort();
const PERMITS = ['allowed', 'conditional'];

describe('the legal review’s probes through ask --json', () => {
  it('1: the police give the local field no reporter or witness data for the support plan, even with consent', () => {
    for (const subject of ['melder', 'getuige']) {
      const out = ask('--from', 'politie:rotterdam', '--to', 'lokaal-veld', '--subject', subject, '--data', 'naw,contactgegevens', '--purpose', 'plan-van-aanpak', '--consent', ...DATE);
      assert.equal(out.verdict, 'not_allowed', subject);
      assert.deepEqual(ruleIds(out), ['wr-politie-geen-melders-getuigen']);
    }
  });

  it('1: the police’s contribution to the support plan leaves out the whole report form and medical data', () => {
    for (const data of ['zorgmelding', 'medische-gegevens']) {
      const out = ask('--from', 'politie:rotterdam', '--to', 'lokaal-veld', '--subject', 'kind', '--data', data, '--purpose', 'plan-van-aanpak', '--consent', ...DATE);
      assert.equal(out.verdict, 'not_allowed', data);
    }
  });

  it('3: Veilig Thuis gives the youth-protection worker no reporter’s name for triage', () => {
    const out = ask('--from', 'veilig-thuis:rotterdam-rijnmond', '--to', 'jeugdbescherming', '--subject', 'melder', '--data', 'naw', '--purpose', 'triage', ...DATE);
    assert.equal(out.verdict, 'not_allowed');
    assert.deepEqual(ruleIds(out), ['wr-geen-melders-getuigen']);
  });

  it('4: the feedback to the police is the outcome in a standard text, never the triage findings, about anyone', () => {
    for (const subject of ['slachtoffer', 'kind', 'pleger', 'derde', 'melder', 'getuige']) {
      const out = ask('--from', 'veilig-thuis:rotterdam-rijnmond', '--to', 'politie:rotterdam', '--subject', subject, '--data', 'triage-bevindingen', '--purpose', 'terugkoppeling', ...DATE);
      assert.equal(out.verdict, 'not_allowed', subject);
    }
    const outcome = ask('--from', 'veilig-thuis:rotterdam-rijnmond', '--to', 'politie:rotterdam', '--subject', 'kind', '--data', 'triage-uitkomst', '--purpose', 'terugkoppeling', ...DATE);
    assert.equal(outcome.verdict, 'conditional');
    assert.ok(outcome.conditions.some((c) => /standaardtekst/.test(c)));
  });

  it('5: probation gives Veilig Thuis no medical data about the perpetrator under the rules of thumb', () => {
    const out = ask('--from', 'reclassering', '--to', 'veilig-thuis:flevoland', '--subject', 'pleger', '--data', 'medische-gegevens', '--purpose', 'risicotaxatie', ...DATE);
    assert.ok(!PERMITS.includes(out.verdict), out.verdict);
  });

  it('6: the local field’s report back to Veilig Thuis carries no medical data and is never allowed without conditions', () => {
    const medical = ask('--from', 'lokaal-veld', '--to', 'veilig-thuis:rotterdam-rijnmond', '--subject', 'slachtoffer', '--data', 'medische-gegevens', '--purpose', 'terugmelding', ...DATE);
    assert.ok(!PERMITS.includes(medical.verdict), medical.verdict);
    const facts = ask('--from', 'lokaal-veld', '--to', 'veilig-thuis:rotterdam-rijnmond', '--subject', 'slachtoffer', '--data', 'feiten-omstandigheden', '--purpose', 'terugmelding', ...DATE);
    assert.equal(facts.verdict, 'conditional');
  });

  it('7: before the start dates derived from seeds 003 and 004 nothing is covered', () => {
    for (const date of ['2010-06-01', '2012-06-01']) {
      assert.equal(
        ask('--from', 'veilig-thuis:flevoland', '--to', 'om', '--subject', 'pleger', '--data', 'feiten-omstandigheden', '--purpose', 'veiligheidsoverleg', '--date', date).verdict,
        'not_covered',
      );
      assert.equal(
        ask('--from', 'veilig-thuis:rotterdam-rijnmond', '--to', 'lokaal-veld', '--subject', 'kind', '--data', 'triage-bevindingen', '--purpose', 'hulpverlening', '--date', date).verdict,
        'not_covered',
      );
    }
  });

  it('8: 004 does not reach a local field outside the region of police unit Rotterdam', () => {
    const out = ask('--from', 'veilig-thuis:rotterdam-rijnmond', '--to', 'lokaal-veld:amsterdam', '--subject', 'kind', '--data', 'triage-bevindingen', '--purpose', 'hulpverlening', ...DATE);
    assert.equal(out.verdict, 'not_covered');
  });

  it('9: the police give Blijf Groep violent incidents about a victim or a third party, under art. 4.2', () => {
    for (const subject of ['slachtoffer', 'derde']) {
      const out = ask('--from', 'politie:amsterdam', '--to', 'blijf-groep', '--subject', subject, '--data', 'geweldsincidenten', '--purpose', 'risicotaxatie', ...DATE);
      assert.equal(out.verdict, 'conditional', subject);
      assert.ok(out.citations.some((c) => c.article === '4.2'));
    }
  });

  it('10: the police give Blijf Groep a child’s danger classification and restraining-order information', () => {
    for (const data of ['gevarenclassificatie', 'thv-informatie']) {
      const out = ask('--from', 'politie:noord-holland', '--to', 'blijf-groep', '--subject', 'kind', '--data', data, '--purpose', 'risicotaxatie', ...DATE);
      assert.equal(out.verdict, 'conditional', data);
      assert.deepEqual(ruleIds(out), ['bp-politie-info-kind']);
    }
  });

  it('11: Veilig Thuis may ask the Child Protection Board, the police and the prosecution service about the family for triage', () => {
    for (const to of ['rvdk', 'politie:rotterdam', 'om']) {
      const out = ask('--from', 'veilig-thuis:rotterdam-rijnmond', '--to', to, '--subject', 'kind', '--data', 'naw', '--purpose', 'triage', ...DATE);
      assert.equal(out.verdict, 'conditional', to);
      assert.deepEqual(ruleIds(out), ['wr-vt-vraagt-informatie-voor-triage']);
    }
  });

  it('12: rule of thumb 5 and step 3 are explained as tests, not as exhaustive lists', () => {
    const out = ask('--from', 'veilig-thuis:flevoland', '--to', 'politie:flevoland', '--subject', 'melder', '--data', 'naw', '--purpose', 'veiligheidsoverleg', ...DATE);
    assert.equal(out.verdict, 'not_allowed');
    assert.match(
      ask('--from', 'veilig-thuis:flevoland', '--to', 'politie:flevoland', '--subject', 'melder', '--data', 'naw', '--purpose', 'veiligheidsoverleg', '--explain', ...DATE).explanation!.perData[0]!
        .fallback!,
      /geen lijst maar een toets/,
    );
  });

  it('13: every safety consultation with Veilig Thuis carries the duty to inform the family beforehand', () => {
    const out = ask('--from', 'politie:utrecht', '--to', 'veilig-thuis:flevoland', '--subject', 'pleger', '--data', 'feiten-omstandigheden', '--purpose', 'veiligheidsoverleg', ...DATE);
    assert.ok(
      out.duties.some((d) => /vooraf/.test(d)),
      out.duties.join(' | '),
    );
  });

  it('14: Veilig Thuis hands over to the local field only without serious unsafety and in the voluntary framework', () => {
    const out = ask('--from', 'veilig-thuis:zuid-holland-zuid', '--to', 'lokaal-veld', '--subject', 'kind', '--data', 'triage-bevindingen', '--purpose', 'hulpverlening', ...DATE);
    assert.equal(out.verdict, 'conditional');
    assert.ok(out.conditions.some((c) => /ernstige onveiligheid/.test(c)));
    assert.ok(out.conditions.some((c) => /vrijwillige kader/.test(c)));
  });

  it('15: police information for the youth-protection table goes via Veilig Thuis', () => {
    const out = ask('--from', 'politie:rotterdam', '--to', 'jeugdbescherming', '--subject', 'kind', '--data', 'feiten-omstandigheden', '--purpose', 'veiligheidsoverleg', ...DATE);
    assert.equal(out.verdict, 'route_via');
    assert.equal(out.routeVia, 'veilig-thuis');
  });

  it('16: an acute answer at Blijf Groep in Amsterdam cites seed 001, not the Rotterdam agreements, with 112 first', () => {
    const out = ask('--as', 'blijf-groep', '--acute', ...DATE);
    assert.equal(out.verdict, 'acute');
    assert.match(out.emergency[0]!, /112/);
    assert.ok(
      out.citations.every((c) => c.covenant === 'blijf-politie-2022'),
      JSON.stringify(out.citations),
    );
    assert.deepEqual(ruleIds(out), ['bp-acuut-gevaar']);
  });

  it('16: an acute answer in Rotterdam names the CIT via Veilig Thuis 0800-2000, and for the police the planned arrest of both parents', () => {
    const out = ask('--as', 'politie:rotterdam', '--acute', ...DATE);
    assert.deepEqual(ruleIds(out), ['wr-acuut-aanhouding-ouders', 'wr-acuut-gevaar']);
    assert.match(out.emergency[0]!, /^Bel 112/);
    assert.deepEqual(
      out.emergency.slice(1, -1),
      out.rules.map((r) => r.explanation),
    );
    assert.ok(out.rules.some((r) => /0800-2000/.test(r.explanation)));
  });

  it('16: an acute answer in Zuid-Holland-Zuid names its separate crisis services', () => {
    assert.deepEqual(ruleIds(ask('--as', 'veilig-thuis:zuid-holland-zuid', '--acute', ...DATE)), ['wr-acuut-gevaar', 'wr-acuut-zuid-holland-zuid']);
  });

  it('16: an acute answer where no covenant names a crisis route is a plain 112 answer that cites nothing', () => {
    const out = ask('--as', 'om', '--acute', ...DATE);
    assert.equal(out.verdict, 'acute');
    assert.deepEqual(out.citations, []);
    assert.match(out.emergency[0]!, /112/);
  });

  it('17: Veilig Thuis reports a lost device with any police data, not only with the report form', () => {
    const out = ask('--from', 'politie:rotterdam', '--to', 'veilig-thuis:rotterdam-rijnmond', '--subject', 'kind', '--data', 'incidenten', '--purpose', 'triage', ...DATE);
    assert.ok(
      out.duties.some((d) => /aangifte/.test(d) && /niet alleen de zorgmelding/.test(d)),
      out.duties.join(' | '),
    );
  });

  it('19: where the police or the prosecution service ask Veilig Thuis for prosecution, the answer names the CORV report with every ZSM report', () => {
    const out = ask('--from', 'veilig-thuis:flevoland', '--to', 'om', '--subject', 'pleger', '--data', 'feiten-omstandigheden', '--purpose', 'opsporing', ...DATE);
    assert.equal(out.verdict, 'not_allowed');
    assert.ok(out.whatWouldChange.some((a) => /ZSM/.test(a.text) && /CORV/.test(a.text)));
  });

  it('19: the police bringing a case to ZSM with the prosecution service: not covered (no covenant between them), with the CORV report to Veilig Thuis as their own duty', () => {
    const out = askFree('politie:amsterdam', 'mag ik het adres van de verdachte aan de ovj geven om hem bij zsm voor te geleiden');
    assert.equal(out.verdict, 'not_covered');
    assert.deepEqual(out.rules, []);
    assert.deepEqual(out.dutiesByAddressee, [{ who: 'reader', heading: 'Jij', duties: ['Elke ZSM-melding gaat samen met een aparte CORV-melding bij Veilig Thuis.'] }]);
    assert.deepEqual(
      out.citations.map((c) => `${c.covenant} ${c.article}`),
      ['vuistregels-zorg-straf vuistregel 1'],
    );
  });

  it("19: the prosecutor asking the police for data for the ZSM session is told the CORV report is the police's to make", () => {
    const out = askFree('om', 'mag de politie mij de incidenten van de verdachte geven voor de zsm-zitting');
    assert.equal(out.verdict, 'not_covered');
    assert.deepEqual(
      out.dutiesByAddressee.map((g) => [g.who, g.heading]),
      [['discloser', 'De verstrekker (Politie)']],
    );
  });

  it('19: at ZSM Veilig Thuis shares only under its own conditions, never for the disposal itself; probation makes no ZSM report', () => {
    const vt = askFree('veilig-thuis:flevoland', 'mag ik aan de zsm tafel de veiligheidsinformatie over het kind met het om delen');
    assert.equal(vt.verdict, 'conditional');
    assert.ok(vt.conditions.some((c) => /niet alleen voor de taak van de ontvanger/.test(c)));
    const probation = ask('--from', 'reclassering', '--to', 'om', '--subject', 'pleger', '--data', 'naw', '--purpose', 'zsm', ...DATE);
    assert.equal(probation.verdict, 'not_covered');
    assert.deepEqual(probation.duties, []);
  });

  it('20: the conditions no longer send people to the investigators, and art. 3.1 is the basis of police disclosures', () => {
    const out = ask('--from', 'politie:amsterdam', '--to', 'blijf-groep', '--subject', 'pleger', '--data', 'naw', '--purpose', 'risicotaxatie', ...DATE);
    assert.ok(!out.conditions.some((c) => /recherche/.test(c)));
    assert.ok(out.citations.some((c) => c.article === '3.1'));
  });

  it('ambiguity: the consent-and-plan reading of 004 is shown as a doubt for the privacy officer, in JSON and in the text', () => {
    const flags = ['--from', 'politie:rotterdam', '--to', 'lokaal-veld', '--subject', 'kind', '--data', 'feiten-omstandigheden', '--purpose', 'plan-van-aanpak', '--consent', ...DATE];
    assert.ok(ask(...flags).doubts.some((d) => /strengere lezing/.test(d)));
    assert.match(askOnce(flags, index, '2025-03-01'), /Twijfel\? Vraag je privacy officer:\n {2}• Stap 1 noemt/);
  });

  it('ambiguity: 16 September 2027 is outside the Blijf covenant, with a doubt', () => {
    const out = ask('--from', 'politie:amsterdam', '--to', 'blijf-groep', '--subject', 'pleger', '--data', 'naw', '--purpose', 'risicotaxatie', '--date', '2027-09-16');
    assert.equal(out.verdict, 'not_covered');
    assert.equal(out.doubts.length, 1);
  });
});

describe('ask --explain', () => {
  it('names the determining rule, and the rules tried with the reason they did not apply', () => {
    const e = ask('--from', 'politie:rotterdam', '--to', 'lokaal-veld', '--subject', 'melder', '--data', 'naw', '--purpose', 'plan-van-aanpak', '--consent', '--explain', ...DATE).explanation!;
    const rules = e.perData[0]!.rules;
    assert.deepEqual(
      rules.filter((r) => r.outcome === 'determining').map((r) => r.rule),
      ['wr-politie-geen-melders-getuigen'],
    );
    const plan = rules.find((r) => r.rule === 'wr-politie-plan-van-aanpak')!;
    assert.equal(plan.outcome, 'not-applicable');
    assert.match(plan.reasons.join(' '), /over wie: melder/);
  });

  it('says which values were assumed for slots the question left open', () => {
    const e = ask('--from', 'rvdk', '--to', 'veilig-thuis:rotterdam-rijnmond', '--subject', 'kind', '--purpose', 'triage', '--explain').explanation!;
    assert.deepEqual(e.assumed.map((a) => a.slot).sort(), ['consent', 'data', 'date']);
  });

  it('lists the crisis routes tried for an acute question, and why the others do not apply', () => {
    const e = ask('--as', 'blijf-groep', '--acute', '--explain', ...DATE).explanation!;
    assert.deepEqual(
      e.acute.filter((r) => r.outcome === 'determining').map((r) => r.rule),
      ['bp-acuut-gevaar'],
    );
    assert.ok(e.acute.some((r) => r.rule === 'wr-acuut-gevaar' && r.outcome === 'not-applicable'));
  });

  it('prints the explanation under the answer in the text output', () => {
    const text = askOnce(
      ['--from', 'politie:amsterdam', '--to', 'blijf-groep', '--subject', 'pleger', '--data', 'incidenten', '--purpose', 'risicotaxatie', '--explain', ...DATE],
      index,
      '2025-03-01',
    );
    assert.match(text, /Uitleg:/);
    assert.match(text, /✘ bp-politie-info-pleger/);
  });

  it('explains a question about an organisation outside every covenant: which one, on which side, and that no rule was tried', () => {
    const x = ask('--as', 'blijf-groep', '--explain', ...DATE, 'mag ik het adres van cliente aan de woningcorporatie geven').explanation!;
    assert.equal(x.mode, 'outside-every-covenant');
    assert.deepEqual(
      x.outside.map((o) => [o.role, o.id]),
      [['to', 'woningcorporatie']],
    );
    assert.match(x.outside[0]!.text, /woningcorporatie \(ontvanger\) is geen partij van een convenant/);
    assert.match(x.outside[0]!.text, /nooit "mag"/);
    assert.deepEqual(x.perData, []);
  });

  it('explains a police unit no covenant names beside the rules tried: which units the covenants do name', () => {
    const x = ask('--as', 'blijf-groep', '--explain', ...DATE, 'mag ik de gevarenclassificatie van de ex opvragen bij eenheid Den Haag').explanation!;
    assert.deepEqual(
      x.outside.map((o) => [o.role, o.id]),
      [['from', 'politie:den-haag']],
    );
    assert.match(x.outside[0]!.text, /Convenant Gegevensverstrekking Blijf Groep: amsterdam, noord-holland, flevoland/);
    assert.ok(x.perData[0]!.rules.every((r) => r.outcome === 'not-applicable'));
  });

  it('explains a question about a parent (victim or perpetrator) part by part, with the rule that decides each', () => {
    const x = ask('--as', 'politie:amsterdam', '--explain', ...DATE, 'mag ik het adres van de moeder aan blijf geven voor de risicotaxatie').explanation!;
    assert.equal(x.mode, 'each-subject');
    assert.deepEqual(
      x.parts.map((p) => [p.subject, p.verdict, p.matched.filter((m) => m.outcome === 'determining').map((m) => m.rule)]),
      [
        ['slachtoffer', 'conditional', ['bp-basis-politie-naar-blijf']],
        ['pleger', 'conditional', ['bp-basis-politie-naar-blijf']],
      ],
    );
    assert.match(x.assumed.find((a) => a.slot === 'subject')!.text, /voor ieder apart beslist\. Het antwoord is voor allen hetzelfde/);
  });

  it('says, when the parts differ, which part allows what and that the question must say whom it is about', () => {
    const out = ask('--as', 'politie:amsterdam', '--explain', ...DATE, 'mag ik de gevarenclassificatie van de moeder aan blijf geven voor de risicotaxatie');
    assert.equal(out.verdict, 'incomplete');
    assert.deepEqual(
      out.explanation!.parts.map((p) => [p.subject, p.verdict]),
      [
        ['slachtoffer', 'not_allowed'],
        ['pleger', 'conditional'],
      ],
    );
    assert.match(out.explanation!.assumed.find((a) => a.slot === 'subject')!.text, /zeg over wie het gaat/);
  });

  it('shows a duty rule as applying and adding its duty, deciding nothing', () => {
    const x = ask('--from', 'politie:amsterdam', '--to', 'om', '--subject', 'pleger', '--data', 'naw', '--purpose', 'zsm', '--explain', ...DATE).explanation!;
    assert.deepEqual(
      x.matched.map((m) => [m.rule, m.outcome]),
      [['vz-zsm-ook-corv', 'adds-duties']],
    );
    assert.match(x.perData[0]!.fallback!, /niet gedekt/);
  });

  it('prints each part and each organisation outside the covenants in the text output', () => {
    const parts = askOnce(['--as', 'politie:amsterdam', '--explain', ...DATE, 'mag ik het adres van de moeder aan blijf geven voor de risicotaxatie'], index, '2025-03-01');
    assert.match(parts, /\n {2}Over slachtoffer \/ cliënt → conditional:\n {4}naam, adres en woonplaats → conditional:\n {6}✔ bp-basis-politie-naar-blijf/);
    const outside = askOnce(['--as', 'blijf-groep', '--explain', ...DATE, 'mag ik het adres van cliente aan de woningcorporatie geven'], index, '2025-03-01');
    assert.match(outside, /In geen convenant genoemd:\n {4}• woningcorporatie \(ontvanger\)/);
  });
});
