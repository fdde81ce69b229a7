// Every card the bot sends parses with the Adaptive Cards library without errors or warnings.
import assert from 'node:assert/strict';
import * as AC from 'adaptivecards';
import { answer } from '../../src/ask/answer';
import { emergencyCard, examplesCard, formCard, helpCard, profileCard, textCard, verdictCard, welcomeCard, type Card } from '../../src/cards/cards';
import { loadRules } from '../../src/rules/load';
import { SLOTS, type Lang } from '../../src/vocabulary';
import type { Role } from '../../src/directory/directory';
import { filingFormCard, requestCard, requestListCard, type Viewer } from '../../src/cards/request-cards';
import type { DisclosureRequest } from '../../src/requests/request';
import { digestCard } from '../../src/cards/digest-card';
import { breachCard, breachFormCard } from '../../src/cards/breach-cards';
import type { Breach } from '../../src/breach/breach';
import { computeDigests } from '../../src/digest/compute';

const rules = loadRules();
const titles = Object.fromEntries(rules.books.map((b) => [b.id, b.title]));
const ask = (question: string, as = 'politie:amsterdam') => {
  const [party, unit] = as.split(':');
  return answer({ question, as: { party: party as 'politie', unit } }, rules, '2025-06-01');
};

function problems(card: Card): string[] {
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  parsed.parse(card, context);
  const found: string[] = [];
  // Teams draws Chart.VerticalBar; other hosts (and this library) use the text table given as its fallback.
  const teamsChartWithFallback = /^Unknown element type "Chart\.VerticalBar"\. Fallback will be used/;
  for (let i = 0; i < context.eventCount; i++) {
    const message = context.getEventAt(i).message;
    if (!(teamsChartWithFallback.test(message) && JSON.stringify(card).includes('"fallback":{"type":"Container"'))) found.push(message);
  }
  for (const event of parsed.validateProperties().validationEvents) found.push(event.message);
  return found;
}

const cases: [string, (lang: Lang) => Card][] = [
  ['welcome', (lang) => welcomeCard(lang)],
  ['help for staff', (lang) => helpCard(lang, ['staff'])],
  ['help for a contact person and manager', (lang) => helpCard(lang, ['contact', 'manager'])],
  ['examples', (lang) => examplesCard(lang)],
  ['verdict, conditional', (lang) => verdictCard(ask('Mag ik het adres van de pleger delen met Blijf Groep voor de risicotaxatie?'), lang)],
  ['verdict, several data categories with a personal-data warning', (lang) => verdictCard(ask('mag ik het adres en de incidenten van de pleger delen met blijf voor aware, 0612345678'), lang)],
  ['verdict, route via Veilig Thuis', (lang) => verdictCard(ask('mag ik zorgen over een kind direct met het wijkteam delen', 'politie:rotterdam'), lang)],
  ['verdict, not covered', (lang) => verdictCard(ask('mag ik het adres van de pleger delen met het OM', 'blijf-groep'), lang)],
  ['emergency', (lang) => emergencyCard(ask('hij staat nu voor de deur met een mes'), lang)],
  ['form for the missing slots', (lang) => formCard(ask('mag ik het adres van de pleger delen met blijf').decision.question, ['purpose'], lang)],
  ['form with every slot', (lang) => formCard({ date: '2025-06-01' }, [...SLOTS], lang)],
  ['profile', (lang) => profileCard(lang, { party: 'politie', unit: 'amsterdam' }, 'een vraag')],
  ['text', () => textCard(['Titel', 'Regel'])],
  [
    'verdict with "Verzoek indienen"',
    (lang) => verdictCard(ask('Mag de politie Amsterdam ons de geweldsincidenten van de pleger geven voor de risicotaxatie?', 'blijf-groep'), lang, { fileRequest: true }),
  ],
  ['filing form', (lang) => filingFormCard({ slots: { from: 'politie' }, what: 'Een vraag.', units: ['amsterdam', 'flevoland'], lang })],
  ['filing form with a warning', (lang) => filingFormCard({ slots: {}, what: 'Een vraag.', units: [], warning: 'Let op', values: { caseRef: 'X' }, lang })],
  ...(['contact', 'requester', 'other'] as Viewer[]).flatMap((viewer) =>
    (['pending', 'info_requested', 'approved', 'denied', 'withdrawn'] as const).map(
      (state) =>
        [
          `request card, ${state}, for the ${viewer}`,
          (lang: Lang) =>
            requestCard({
              request: sampleRequest(state),
              viewer,
              viewerMri: '29:x',
              requesterName: 'Sanne',
              requesterVerified: true,
              deciderName: 'Ruben',
              contactNames: ['Ruben'],
              conditions: ['Alleen wat nodig is.'],
              citations: ['blijf-politie-2022, art. 4.2'],
              today: '2026-12-07',
              lang,
            }),
        ] as [string, (lang: Lang) => Card],
    ),
  ),
  ['request list', (lang) => requestListCard('Mijn verzoeken', 'Leeg', [{ request: sampleRequest('pending'), whoDecides: 'Ruben' }], '2026-11-30', lang)],
  ['breach form', (lang) => breachFormCard(lang, { kind: 'lost_device', parties: 'veilig-thuis:rotterdam-rijnmond' })],
  ['breach form with a warning', (lang) => breachFormCard(lang, {}, 'Niet compleet')],
  ...(['officer', 'recipient', 'reporter'] as const).flatMap((viewer) =>
    [false, true].map(
      (decided) =>
        [
          `breach card for the ${viewer}${decided ? ', decided' : ''}`,
          (lang: Lang) =>
            breachCard({
              breach: sampleBreach(decided),
              viewer,
              viewerId: 'x',
              viewerMri: '29:x',
              names: { a3: 'Fatima' },
              sources: [{ covenant: 'blijf-politie-2022', article: '9.3', text: { nl: 'Meteen melden.', en: 'Report at once.' } }],
              titles: { 'werkafspraken-rotterdam-2017': 'Werkafspraken', 'blijf-politie-2022': 'Convenant Blijf Groep en politie' },
              now: '2026-11-23T12:00:00.000Z',
              lang,
            }),
        ] as [string, (lang: Lang) => Card],
    ),
  ),
  ['weekly digest', (lang) => digestCard(sampleDigest(), lang)],
  ['weekly digest so far', (lang) => digestCard(sampleDigest(), lang, { soFar: true })],
  ['empty request list', (lang) => requestListCard('Mijn verzoeken', 'Leeg', [], '2026-11-30', lang)],
];

function sampleBreach(decided: boolean): Breach {
  return {
    id: '0b6f1c2e-1111-4222-8333-444455556666',
    reporterId: 'a3',
    reporterParty: { party: 'veilig-thuis', unit: 'rotterdam-rijnmond' },
    kind: 'lost_device',
    discoveredAt: '2026-11-23T09:00:00.000Z',
    encrypted: 'no',
    parties: [{ party: 'politie', unit: 'rotterdam' }],
    subjects: ['slachtoffer'],
    data: ['politiegegevens'],
    people: '2-10',
    covenants: ['werkafspraken-rotterdam-2017'],
    createdAt: '2026-11-23T09:30:00.000Z',
    version: 1,
    acknowledgements: decided ? [{ userId: 'a3', at: '2026-11-23T10:00:00.000Z' }] : [],
    policeReportAt: decided ? '2026-11-23T11:00:00.000Z' : null,
    apDecision: decided ? 'notified' : null,
    apNotifiedAt: decided ? '2026-11-23T11:30:00.000Z' : null,
    apPartiesAgreed: decided,
    apRecordedBy: decided ? 'a3' : null,
  };
}

function sampleDigest() {
  return computeDigests({
    week: '2026-W48',
    asOf: '2026-11-29T23:00:00.000Z',
    scopes: [{ managerId: 'm', party: { party: 'blijf-groep' } }],
    questions: [{ at: '2026-11-24T10:00:00.000Z', party: 'blijf-groep', verdict: 'conditional', data: ['naw'], purpose: 'risicotaxatie' }],
    requests: [
      {
        id: '0b6f1c2e-1111-4222-8333-444455556666',
        createdAt: '2026-11-02T09:00:00.000Z',
        decidedAt: null,
        state: 'pending',
        discloser: 'politie:amsterdam',
        recipient: 'blijf-groep',
        slaDays: 5,
        escalatedAt: null,
      },
    ],
    deadLetters: [],
    covenants: [
      { id: 'blijf-politie-2022', title: 'Convenant', parties: [{ party: 'blijf-groep', units: null }], validUntil: '2027-04-30', evaluation: { everyMonths: 12, article: '12' }, evaluationsHeld: [] },
    ],
  })[0]!;
}

function sampleRequest(state: DisclosureRequest['state']): DisclosureRequest {
  const decided = state === 'approved' || state === 'denied' || state === 'withdrawn';
  return {
    id: '0b6f1c2e-1111-4222-8333-444455556666',
    caseRef: 'BG-2026-0142',
    state,
    version: 2,
    requesterId: 'a1',
    requesterParty: { party: 'blijf-groep' },
    discloser: { party: 'politie', unit: 'amsterdam' },
    recipient: { party: 'blijf-groep' },
    subject: 'pleger',
    data: ['geweldsincidenten', 'naw'],
    purpose: 'risicotaxatie',
    consent: false,
    urgency: 'spoed',
    delivery: 'schriftelijk',
    necessity: 'Voor de risicotaxatie.',
    covenant: 'blijf-politie-2022',
    snapshot: {
      date: '2026-11-23',
      verdict: 'conditional',
      rulebooks: [{ id: 'blijf-politie-2022', version: '1.0' }],
      rules: ['r'],
      citations: [{ covenant: 'blijf-politie-2022', article: '4.2' }],
      conditions: [],
      duties: [],
    },
    slaDays: 5,
    createdAt: '2026-11-23T09:00:00.000Z',
    updatedAt: '2026-11-23T09:00:00.000Z',
    decidedBy: decided ? 'a2' : null,
    decidedAt: decided ? '2026-11-24T10:15:00.000Z' : null,
    decisionReason: state === 'denied' ? 'Niet nodig.' : null,
    infoQuestion: state === 'info_requested' ? 'Welke opname?' : null,
    infoAnswer: null,
    remindedAt: null,
    escalatedAt: null,
    retainUntil: '2036-11-23',
  };
}

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

  it('give the contact person the decision buttons only while the request is undecided', () => {
    const view = (state: DisclosureRequest['state'], viewer: Viewer) =>
      JSON.stringify(
        requestCard({
          request: sampleRequest(state),
          viewer,
          viewerMri: null,
          requesterName: 'S',
          requesterVerified: true,
          deciderName: 'Ruben',
          contactNames: [],
          conditions: [],
          citations: [],
          today: '2026-11-24',
          lang: 'nl',
        }),
      );
    assert.match(view('pending', 'contact'), /request\.approve.*request\.deny.*request\.askInfo/);
    assert.doesNotMatch(view('approved', 'contact'), /request\.approve/);
    assert.match(view('approved', 'contact'), /Goedgekeurd door Ruben op 24-11-2026 11:15/);
    assert.doesNotMatch(view('pending', 'requester'), /request\.approve/);
    assert.match(view('pending', 'requester'), /request\.withdraw/);
    assert.doesNotMatch(view('pending', 'other'), /BG-2026-0142|request\.(approve|withdraw)/, 'someone else sees no case number and no buttons');
  });

  it('name the covenant on the digest evaluation button by its title', () => {
    const actions = JSON.stringify(digestCard(sampleDigest(), 'nl').actions);
    assert.match(actions, /Evaluatie gehouden: Convenant"/);
    assert.doesNotMatch(actions, /Evaluatie gehouden: blijf-politie-2022/);
  });

  it('list in help the commands the roles of the reader allow, each with a line to tap', () => {
    const commands = (roles: Role[]) => [...JSON.stringify(helpCard('nl', roles)).matchAll(/"verb":"ask\.say","data":\{"text":"([^"]+)"/g)].map((x) => x[1]);
    assert.deepEqual(commands(['staff']).slice(1), ['voorbeelden', 'mijn verzoeken', 'datalek', 'profiel', 'help']);
    assert.ok(commands(['contact']).includes('openstaande verzoeken'));
    assert.ok(commands(['manager']).includes('weekoverzicht'));
  });

  it('give voorbeelden a card of its own, with more examples than the welcome, none cut off', () => {
    const examples = JSON.stringify(examplesCard('nl'));
    assert.notEqual(examples, JSON.stringify(welcomeCard('nl')));
    const texts = [...examples.matchAll(/"verb":"ask\.say","data":\{"text":"([^"]+)"/g)].map((x) => x[1]!);
    assert.ok(texts.length > 3);
    for (const text of texts) assert.match(examples, new RegExp(`"text":"\\*\\*${text.replace(/[?.]/g, '\\$&')}\\*\\*","wrap":true`));
  });

  it('give the deny panel one Afwijzen button, with a submit of its own name', () => {
    const card = JSON.stringify(
      requestCard({
        request: sampleRequest('pending'),
        viewer: 'contact',
        viewerMri: null,
        requesterName: 'S',
        requesterVerified: true,
        deciderName: null,
        contactNames: [],
        conditions: [],
        citations: [],
        today: '2026-11-24',
        lang: 'nl',
      }),
    );
    assert.equal(card.match(/"title":"Afwijzen"/g)?.length, 1);
    assert.match(card, /"title":"Afwijzing versturen"/);
  });

  it('name the GDPR article on a breach card once', () => {
    const card = JSON.stringify(
      breachCard({ breach: sampleBreach(false), viewer: 'officer', viewerId: 'x', viewerMri: null, names: {}, sources: [], titles: {}, now: '2026-11-23T12:00:00.000Z', lang: 'nl' }),
    );
    assert.equal(card.match(/AVG art\. 33/g)?.length, 1);
  });

  it('give breach form fields an error message that does not repeat their label', () => {
    const inputs = (breachFormCard('nl', {}).body as { label?: string; errorMessage?: string }[]).filter((e) => e.errorMessage);
    assert.ok(inputs.length > 0);
    for (const input of inputs) assert.notEqual(input.errorMessage, input.label);
  });

  it('tell both sides the next step once a request is approved', () => {
    const view = (viewer: Viewer) =>
      JSON.stringify(
        requestCard({
          request: sampleRequest('approved'),
          viewer,
          viewerMri: null,
          requesterName: 'Sanne',
          requesterVerified: true,
          deciderName: 'Ruben',
          contactNames: [],
          conditions: [],
          citations: [],
          duties: [{ who: 'recipient', text: { nl: 'De ontvanger informeert de betrokkene.', en: 'The recipient informs the data subject.' } }],
          today: '2026-11-24',
          lang: 'nl',
        }),
      );
    assert.match(view('contact'), /Wat nu: geef de gegevens schriftelijk aan Sanne \(Blijf Groep\).*Leg de verstrekking vast/);
    assert.match(view('requester'), /Wat nu: Politie-eenheid Amsterdam geeft je de gegevens schriftelijk\. Informeer daarna de betrokkene/);
    assert.match(view('requester'), /De ontvanger informeert de betrokkene/);
    assert.doesNotMatch(view('other'), /Wat nu/);
  });

  it("address a request's duties to who must act, relative to who looks at the card", () => {
    const duties = [
      { who: 'recipient' as const, text: { nl: 'De ontvanger informeert de betrokkene.', en: 'The recipient informs the data subject.' } },
      { who: 'politie' as const, text: { nl: 'De politie legt de verstrekking vast.', en: 'The police record the disclosure.' } },
    ];
    const view = (viewer: Viewer) =>
      JSON.stringify(
        requestCard({
          request: sampleRequest('approved'),
          viewer,
          viewerMri: null,
          requesterName: 'Sanne',
          requesterVerified: true,
          deciderName: 'Ruben',
          contactNames: [],
          conditions: [],
          citations: [],
          duties,
          today: '2026-11-24',
          lang: 'nl',
        }),
      );
    assert.match(view('contact'), /\*\*Jij\*\*.*De politie legt de verstrekking vast.*\*\*De ontvanger \(Blijf Groep\)\*\*.*De ontvanger informeert/);
    assert.match(view('requester'), /\*\*Jij\*\*.*De ontvanger informeert.*\*\*De verstrekker \(Politie-eenheid Amsterdam\)\*\*.*De politie legt/);
  });

  it('show the covenant a request rests on by its title, not its id', () => {
    const card = JSON.stringify(
      requestCard({
        request: sampleRequest('pending'),
        viewer: 'contact',
        viewerMri: null,
        requesterName: 'S',
        requesterVerified: true,
        deciderName: null,
        contactNames: [],
        conditions: [],
        citations: [],
        titles: { 'blijf-politie-2022': 'Convenant Blijf Groep en politie' },
        today: '2026-11-24',
        lang: 'nl',
      }),
    );
    assert.match(card, /\*\*Grondslag\*\*: [^"]*Convenant Blijf Groep en politie 1\.0/);
    assert.doesNotMatch(card, /blijf-politie-2022/);
  });

  it("show a breach card's sources by the covenant's title, not its id", () => {
    const card = JSON.stringify(
      breachCard({
        breach: sampleBreach(false),
        viewer: 'officer',
        viewerId: 'x',
        viewerMri: null,
        names: {},
        sources: [{ covenant: 'blijf-politie-2022', article: '9.3', text: { nl: 'Meteen melden.', en: 'Report at once.' } }],
        titles: { 'blijf-politie-2022': 'Convenant Blijf Groep en politie' },
        now: '2026-11-23T12:00:00.000Z',
        lang: 'nl',
      }),
    );
    assert.match(card, /Convenant Blijf Groep en politie, art\. 9\.3/);
    assert.doesNotMatch(card, /blijf-politie-2022/);
  });

  it("show the emergency card's sources by the covenant's title, not its id", () => {
    const card = JSON.stringify(emergencyCard(ask('de vader staat nu voor de deur met een mes', 'veilig-thuis:rotterdam-rijnmond'), 'nl', titles));
    assert.match(card, /Werkafspraken/);
    assert.doesNotMatch(card, /werkafspraken-rotterdam-2017/);
  });

  it('give each request in a list what was asked of whom, and buttons to open or withdraw it', () => {
    const card = JSON.stringify(requestListCard('Mijn verzoeken', 'Leeg', [{ request: sampleRequest('pending'), whoDecides: 'Ruben', canWithdraw: true }], '2026-11-30', 'nl'));
    assert.match(card, /bij de politie bekende geweldsincidenten, naam, adres en woonplaats over pleger \/ verdachte, gevraagd aan politie-eenheid Amsterdam/);
    assert.match(card, /"title":"Openen","verb":"request\.show"/);
    assert.match(card, /"title":"Verzoek intrekken","verb":"request\.withdraw"/);
  });

  it('suggest a case number of the requesting organisation itself', () => {
    const placeholder = (party: 'blijf-groep' | 'politie') => JSON.stringify(filingFormCard({ slots: {}, what: 'x', units: [], requester: { party }, lang: 'nl' }));
    assert.match(placeholder('blijf-groep'), /bijv\. BG-2026-0142/);
    assert.doesNotMatch(placeholder('politie'), /BG-2026/);
  });

  it('show a request past its service level as overdue', () => {
    const card = JSON.stringify(
      requestCard({
        request: sampleRequest('pending'),
        viewer: 'contact',
        viewerMri: null,
        requesterName: 'S',
        requesterVerified: true,
        deciderName: null,
        contactNames: ['Ruben'],
        conditions: [],
        citations: [],
        today: '2026-12-01',
        lang: 'nl',
      }),
    );
    assert.match(card, /Termijn verstreken: 6 werkdagen open \(afspraak: 5\)/);
  });

  it('put the verdict, why and what to do now first, and conditions, duties and sources behind toggles', () => {
    const card = verdictCard(ask('Mag ik het adres van de pleger delen met Blijf Groep voor de risicotaxatie?'), 'nl', { titles });
    const body = card.body as { type: string; id?: string; isVisible?: boolean; selectAction?: { type: string; targetElements: string[] } }[];
    const hidden = body.filter((e) => e.isVisible === false).map((e) => e.id);
    assert.deepEqual(hidden, ['voorwaarden', 'na-het-delen', 'bronnen']);
    const togglers = body.filter((e) => e.selectAction?.type === 'Action.ToggleVisibility').map((e) => e.selectAction!.targetElements[0]);
    assert.deepEqual(togglers, hidden);
    assert.match(JSON.stringify(body.slice(0, 2)), /Mag onder voorwaarden.*De politie mag Blijf Groep/);
    assert.match(JSON.stringify(body[1]), /Wat je nu doet: deel pas als alle \d+ voorwaarden kloppen/);
  });

  it('state the conditions as what must hold before sharing, not as unexplained checkboxes', () => {
    const text = JSON.stringify(verdictCard(ask('Mag ik het adres van de pleger delen met Blijf Groep voor de risicotaxatie?'), 'nl', { titles }));
    assert.doesNotMatch(text, /Input\.Toggle/);
    assert.match(text, /Voordat je deelt, moet dit allemaal kloppen/);
  });

  it('name covenants by their title, not their id', () => {
    const text = JSON.stringify(verdictCard(ask('Mag ik het adres van de pleger delen met Blijf Groep voor de risicotaxatie?'), 'nl', { titles }));
    assert.match(text, /Convenant Gegevensverstrekking Blijf Groep, art\. 4\.2/);
    assert.doesNotMatch(text, /blijf-politie-2022, art/);
  });

  it('tell a requester to file a request with the data holder as the next step', () => {
    const card = verdictCard(ask('Mag de politie Amsterdam ons de geweldsincidenten van de pleger geven voor de risicotaxatie?', 'blijf-groep'), 'nl', { titles, fileRequest: true });
    assert.match(JSON.stringify(card), /vraag de gegevens aan bij politie-eenheid Amsterdam met de knop .{1,3}Verzoek indienen/);
  });

  it('open a not-covered card with "Acuut gevaar? Bel 112" and say in plain words why no covenant applies', () => {
    const card = verdictCard(ask('mag ik het adres van de pleger delen met het wijkteam'), 'nl', { titles });
    const text = JSON.stringify(card);
    assert.match(JSON.stringify((card.body as object[])[0]), /Acuut gevaar\? Bel 112/);
    assert.match(text, /Werkafspraken politie – Veilig Thuis – lokaal veld, eenheid Rotterdam geldt alleen voor politie-eenheid Rotterdam\./);
    assert.match(text, /deel niets op eigen gezag/);
    assert.doesNotMatch(text, /: \?/, 'no unknown parts as "?"');
  });

  it('say which named organisation no covenant covers, and whom to ask', () => {
    const base = ask('mag ik het adres van de pleger delen met het OM', 'blijf-groep');
    const decision = {
      ...base.decision,
      verdict: 'not_covered' as const,
      nonParties: [{ role: 'to' as const, id: 'woningcorporatie', label: { nl: 'de woningcorporatie', en: 'the housing corporation' } }],
    };
    const text = JSON.stringify(verdictCard({ ...base, decision }, 'nl'));
    assert.match(text, /Geen convenant gaat over delen met de woningcorporatie\./);
    assert.match(text, /Vraag de privacy officer/);
    assert.match(JSON.stringify(verdictCard({ ...base, decision }, 'en')), /No covenant covers sharing with the housing corporation\./);
  });

  it('show the doubts with "Twijfel? Vraag je privacy officer" on the first screen', () => {
    const base = ask('Mag ik het adres van de pleger delen met Blijf Groep voor de risicotaxatie?');
    const decision = { ...base.decision, doubts: [{ nl: 'De laatste dag van het convenant is niet eenduidig.', en: 'The last day is ambiguous.' }] };
    const body = verdictCard({ ...base, decision }, 'nl').body as { isVisible?: boolean }[];
    const doubts = body.find((e) => /Twijfel\? Vraag je privacy officer/.test(JSON.stringify(e)));
    assert.ok(doubts && doubts.isVisible !== false);
    assert.match(JSON.stringify(doubts), /De laatste dag van het convenant is niet eenduidig\./);
  });

  it('show the verdict per data category when a question has several', () => {
    const card = verdictCard(ask('mag ik het adres en de incidenten van de pleger delen met blijf voor aware'), 'nl');
    assert.match(JSON.stringify(card), /"FactSet"/);
    assert.match(JSON.stringify(card), /Mag onder voorwaarden.*Mag niet/);
  });

  it('require only the missing slots and show every slot understood, prefilled and editable', () => {
    const card = formCard({ from: { party: 'politie', unit: 'amsterdam' }, to: { party: 'blijf-groep' }, subject: 'pleger', data: ['naw'], date: '2025-06-01' }, ['purpose'], 'nl');
    const inputs = (card.body as { type: string; id?: string; isRequired?: boolean; value?: string }[]).filter((e) => e.type === 'Input.ChoiceSet');
    assert.deepEqual(
      inputs.map((i) => [i.id, i.isRequired, i.value]),
      [
        ['purpose', true, ''],
        ['from', false, 'politie:amsterdam'],
        ['to', false, 'blijf-groep'],
        ['subject', false, 'pleger'],
        ['data', false, 'naw'],
      ],
    );
    assert.match(JSON.stringify(card), /Dit begreep ik uit je vraag/);
  });

  it('open the filing and breach forms with "Acuut gevaar? Bel 112" too', () => {
    for (const card of [filingFormCard({ slots: {}, what: 'x', units: [], lang: 'nl' }), breachFormCard('nl', {})]) {
      assert.match(JSON.stringify((card.body as object[])[0]), /Acuut gevaar\? Bel 112/);
    }
  });

  it('open every question form with "Acuut gevaar? Bel 112"', () => {
    for (const mode of ['missing', 'new', 'edit'] as const) {
      const first = (formCard({ date: '2025-06-01' }, [...SLOTS], 'nl', null, mode).body as object[])[0];
      assert.match(JSON.stringify(first), /Acuut gevaar\? Bel 112/, mode);
    }
  });

  it('head a new question and a changed one by what they are, not by "Het antwoord hangt hiervan af"', () => {
    const text = (mode: 'new' | 'edit') => JSON.stringify(formCard({ date: '2025-06-01' }, [...SLOTS], 'nl', null, mode));
    assert.match(text('new'), /"Nieuwe vraag"/);
    assert.match(text('edit'), /"Wijzig je vraag"/);
    for (const mode of ['new', 'edit'] as const) assert.doesNotMatch(text(mode), /hangt af|hangt hiervan af|Nog nodig/, mode);
  });
});

describe('the emergency card', () => {
  /** The lines under the title: 112, the crisis routes, then that forms come later. */
  const lines = (as: string, lang: Lang = 'nl') => {
    const body = emergencyCard(ask('hij staat nu voor de deur met een mes', as), lang, titles).body as { items: { text: string }[] }[];
    return body[0]!.items.slice(1).map((i) => i.text);
  };

  it('tells everyone to call 112 first, and last that forms come later', () => {
    for (const as of ['politie:amsterdam', 'politie:rotterdam', 'veilig-thuis:zuid-holland-zuid', 'politie:utrecht', 'blijf-groep']) {
      const got = lines(as);
      assert.match(got[0]!, /^Bel 112/, as);
      assert.match(got.at(-1)!, /Formulieren en verzoeken komen later/, as);
    }
  });

  it("gives a police officer in Amsterdam seed 001's line on serious threats, not the Rotterdam CIT", () => {
    const got = lines('politie:amsterdam').join('\n');
    assert.match(got, /art\. 5\.3/);
    assert.doesNotMatch(got, /CIT|0800-2000/);
  });

  it('gives Blijf Groep the same seed 001 line', () => {
    assert.match(lines('blijf-groep').join('\n'), /ernstig bedreigd.*art\. 5\.3/);
  });

  it('gives the police in Rotterdam the CIT via Veilig Thuis 0800-2000 and the call before arresting both parents', () => {
    const got = lines('politie:rotterdam');
    assert.ok(got.some((l) => /CIT, dag en nacht via Veilig Thuis, 0800-2000/.test(l)));
    assert.ok(got.some((l) => /aanhouding van beide ouders/.test(l)));
  });

  it("gives Veilig Thuis Zuid-Holland-Zuid its separate crisis services, and not the planned arrest, which is the police's", () => {
    const got = lines('veilig-thuis:zuid-holland-zuid').join('\n');
    assert.match(got, /aparte crisisdienst Jeugd en een aparte crisisdienst Volwassenen/);
    assert.doesNotMatch(got, /aanhouding/);
  });

  it('gives a police unit no covenant names a crisis route for only 112', () => {
    assert.equal(lines('politie:utrecht').length, 2);
  });

  it('says the same in English', () => {
    const got = lines('politie:rotterdam', 'en');
    assert.match(got[0]!, /^Call 112/);
    assert.ok(got.some((l) => /the CIT, day and night via Veilig Thuis, 0800-2000/.test(l)));
    assert.doesNotMatch(lines('politie:amsterdam', 'en').join('\n'), /CIT/);
  });
});

describe('the verdict card of a question no covenant governs', () => {
  it('still shows a duty that holds whatever the verdict, under "Wel geldt": the CORV report with every ZSM report', () => {
    const card = JSON.stringify(verdictCard(ask('mag ik het adres van de verdachte aan de ovj geven voor zsm'), 'nl', { titles }));
    assert.match(card, /Niet geregeld in een convenant/);
    assert.match(card, /▸ Wel geldt \(1\)/);
    assert.match(card, /Elke ZSM-melding gaat samen met een aparte CORV-melding bij Veilig Thuis/);
    assert.doesNotMatch(card, /Na het delen/);
  });

  it('parses without errors or warnings', () => {
    assert.deepEqual(problems(verdictCard(ask('mag ik het adres van de verdachte aan de ovj geven voor zsm'), 'en', { titles })), []);
  });
});
