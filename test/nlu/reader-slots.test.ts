// The slots the reader takes from words staff use for what the covenants call otherwise: districts, organisations
// that ask, data no category covers, a whole report, the one accused.
import assert from 'node:assert/strict';
import { parseQuestion } from '../../src/nlu/question-reader';
import { formatPartyRef, parsePartyRef, type PartyRef } from '../../src/vocabulary';

const as = (ref: string) => parsePartyRef(ref) as PartyRef;
const read = (question: string, asker: string) => parseQuestion(question, { as: as(asker) });
const sides = (question: string, asker: string) => {
  const { slots } = read(question, asker);
  return { from: formatPartyRef(slots.from), to: formatPartyRef(slots.to) };
};

describe('the reader', () => {
  describe('places inside a municipality', () => {
    it('reads a district of a city as the local field of that city', () => {
      assert.equal(sides('mag ik de naam van het kind aan het wijkteam in Rotterdam-Zuid geven', 'politie:rotterdam').to, 'lokaal-veld:rotterdam');
    });

    it('reads a town as the local field of the municipality it belongs to', () => {
      assert.equal(sides('mag ik de triagebevindingen aan het wijkteam in Spijkenisse geven', 'veilig-thuis:rotterdam-rijnmond').to, 'lokaal-veld:nissewaard');
    });

    it('reads a municipality typed with hyphens as that municipality', () => {
      assert.equal(sides('mag ik de triagebevindingen aan het wijkteam Goeree-Overflakkee geven', 'veilig-thuis:rotterdam-rijnmond').to, 'lokaal-veld:goeree-overflakkee');
    });

    it('gives the local field the police unit of its own municipality', () => {
      assert.equal(sides('mogen wij het incident bij de politie opvragen', 'lokaal-veld:ridderkerk').from, 'politie:rotterdam');
    });

    it('gives the local field the Veilig Thuis region of its own municipality', () => {
      assert.equal(sides('mogen wij bij Veilig Thuis de triagebevindingen opvragen', 'lokaal-veld:dordrecht').from, 'veilig-thuis:zuid-holland-zuid');
    });

    it('takes a district the asker names as their own as their municipality', () => {
      assert.equal(sides('wij zijn het wijkteam in Delfshaven, mogen we bij VT de triagebevindingen opvragen', 'lokaal-veld').to, 'lokaal-veld:rotterdam');
    });
  });

  describe('an organisation that asks', () => {
    it('reads "X vraagt om" as X receiving from the asker', () => {
      const parsed = read('De marechaussee vraagt om het adres van cliënte.', 'blijf-groep');
      assert.deepEqual(
        parsed.nonParties.map((n) => `${n.role}:${n.id}`),
        ['to:marechaussee'],
      );
    });

    it('reads "X vraagt Y om" as Y giving to X', () => {
      assert.deepEqual(sides('3RO vraagt VT om de triagebevindingen over de pleger', 'veilig-thuis:flevoland'), { from: 'veilig-thuis:flevoland', to: 'reclassering' });
    });

    it('reads "X wil van Y" as Y giving to X', () => {
      assert.deepEqual(sides('wijkteam Rotterdam wil van VT RR de triagebevindingen, mag dat?', 'lokaal-veld:rotterdam'), { from: 'veilig-thuis:rotterdam-rijnmond', to: 'lokaal-veld:rotterdam' });
    });

    it('reads one organisation named in two words as the one asking', () => {
      assert.deepEqual(sides('De officier van justitie vraagt ons de triagebevindingen voor de vervolging.', 'veilig-thuis:flevoland'), { from: 'veilig-thuis:flevoland', to: 'om' });
    });

    it('reads words of asking after a person as no request of an organisation', () => {
      assert.equal(read('er staat een onbekende man bij de ingang van de opvang die naar haar vraagt', 'blijf-groep').slots.acute, true);
    });

    it('reads the asker asked by an organisation as giving to it', () => {
      assert.deepEqual(sides('Veilig Thuis Flevoland vraagt ons voor de triage of het gezin bij de Raad bekend is. Mogen wij dat aangeven?', 'rvdk'), { from: 'rvdk', to: 'veilig-thuis:flevoland' });
    });

    it('reads a pronoun after the modal as the organisation named before it', () => {
      assert.deepEqual(sides('VT RR heeft een nieuwe melding binnen, mogen ze ons de triagebevindingen geven?', 'jeugdbescherming'), {
        from: 'veilig-thuis:rotterdam-rijnmond',
        to: 'jeugdbescherming',
      });
    });

    it("never takes the asker's own organisation as the other side", () => {
      assert.equal(sides('may we at blijf ask the police in almere whether a woman who just walked in is known to them?', 'blijf-groep').from, 'politie:flevoland');
    });

    it('reads an organisation named in what is told as not the one told', () => {
      assert.equal(sides('Mag ik de politie laten weten dat de melding is doorgestuurd naar het wijkteam in Dordrecht?', 'veilig-thuis:zuid-holland-zuid').to, 'politie:rotterdam');
    });

    it('reads "that" before a preposition as what is shared, not as what is told', () => {
      assert.equal(sides('Can Veilig Thuis share that with the police in the safety meeting?', 'veilig-thuis:rotterdam-rijnmond').to, 'politie:rotterdam');
    });

    it('never reads an organisation asking as the consent of the family', () => {
      assert.equal(read('De politie vraagt ons om het telefoonnummer van cliënte. Mogen we dat geven?', 'blijf-groep').slots.consent, false);
    });

    it('still reads the client asking as consent', () => {
      assert.equal(read('cliënte vraagt ons om haar adres aan de politie te geven', 'blijf-groep').slots.consent, true);
    });

    it('reads "bij ons opvragen" by another organisation as the asker giving', () => {
      assert.deepEqual(sides('Mag de jeugdbeschermer bij ons het adres van de moeder opvragen?', 'blijf-groep'), { from: 'blijf-groep', to: 'jeugdbescherming' });
    });

    it('reads the organisation right after the giver as the one told, not one named in what is told', () => {
      const { to } = sides('Mag VT de politie, die de melding deed, terugkoppelen dat de melding is doorgestuurd naar het lokale veld?', 'veilig-thuis:rotterdam-rijnmond');
      assert.equal(to, 'politie:rotterdam');
    });
  });

  describe('data no category covers', () => {
    it('is never what a typo turns into', () => {
      assert.equal(read("Can we give the reporter's phone number to the neighbourhood team?", 'veilig-thuis:rotterdam-rijnmond').slots.subject, 'melder');
    });

    it('keeps it as unlisted data and reports its words as not understood', () => {
      const parsed = read('Mag ik de gespreksverslagen van cliënte aan politie Amsterdam geven?', 'blijf-groep');
      assert.deepEqual(
        parsed.unlistedData.map((u) => u.id),
        ['verslagen'],
      );
      assert.ok(parsed.notUnderstood.includes('gespreksverslagen'));
    });

    it('keeps it beside a category that is listed', () => {
      const parsed = read('mag ik het paspoort en het adres van de pleger aan de politie geven', 'blijf-groep');
      assert.deepEqual(parsed.slots.data, ['naw']);
      assert.deepEqual(
        parsed.unlistedData.map((u) => u.id),
        ['identiteitsgegevens'],
      );
    });

    it('leaves it out when only the situation around the question names it', () => {
      const parsed = read("Cliënte vertelt dat haar ex foto's van de opvang maakt. Mogen we haar adres aan politie Amsterdam geven?", 'blijf-groep');
      assert.deepEqual(parsed.unlistedData, []);
    });
  });

  describe('whom the data is about', () => {
    it('decides a whole report of concerns for everyone in the family, naming no one', () => {
      const parsed = read('mag ik de zorgmelding via CORV naar Veilig Thuis sturen', 'politie:rotterdam');
      assert.equal(parsed.slots.subject, undefined);
      assert.deepEqual(parsed.subjectCandidates, ['slachtoffer', 'kind', 'pleger']);
    });

    it('reads information about a THV without a person as about the perpetrator', () => {
      assert.equal(read('mag ik informatie over het tijdelijk huisverbod aan blijf geven', 'politie:flevoland').slots.subject, 'pleger');
    });

    it('reads the person a THV runs against as the perpetrator', () => {
      assert.equal(read('THV loopt tegen meneer, mogen wij de info over het huisverbod krijgen?', 'blijf-groep').slots.subject, 'pleger');
    });

    it('lets a role said right with a step-parent decide who they are', () => {
      assert.deepEqual(read('mag ik BG de gevarenclassificatie van de stiefvader (verdachte) geven', 'politie:flevoland').slots.subject, 'pleger');
    });

    it("takes the question's own person over one in the situation told before it", () => {
      assert.equal(read('Blijf doet een intake bij een vrouw uit Amsterdam-West. Mag ik het adres van haar ex-partner aan Blijf geven?', 'politie:amsterdam').slots.subject, 'pleger');
    });

    it('takes the person of the situation when the question shares what the situation names', () => {
      assert.equal(read('De verdachte staat bij ons als wapengevaarlijk. Mogen wij dat aan Blijf doorgeven voordat cliënte wordt geplaatst?', 'politie:flevoland').slots.subject, 'pleger');
    });

    it('decides a step-parent both as perpetrator and as third party', () => {
      assert.deepEqual(read('mag ik de incidenten van de stiefvader aan blijf geven', 'politie:amsterdam').subjectCandidates, ['pleger', 'derde']);
    });

    it('reads the person whose organisation asks as no subject when another person is named', () => {
      assert.equal(read('De advocaat van de pleger vraagt om het adres van cliënte.', 'blijf-groep').slots.subject, 'slachtoffer');
    });

    it('reads the person after "wier" as belonging to the one before it', () => {
      assert.equal(read('mogen we voor een cliënte wier ex wapengevaarlijk is de geweldsincidenten opvragen', 'blijf-groep').slots.subject, 'pleger');
    });
  });

  describe('purposes said in other words', () => {
    it('reads sending the report itself to Veilig Thuis as reporting concerns', () => {
      assert.equal(read('Mogen wij de zorgmelding naar Veilig Thuis Rotterdam-Rijnmond sturen?', 'politie:rotterdam').slots.purpose, 'zorgmelding');
    });

    it('reads telling the reporter the outcome of triage as feedback', () => {
      assert.equal(read('mag VT RR de wijkagent die de melding deed laten weten dat de melding in onderzoek is genomen?', 'veilig-thuis:rotterdam-rijnmond').slots.purpose, 'terugkoppeling');
    });

    it('reads Veilig Thuis handing findings over to the local field as the handover for the support', () => {
      assert.equal(read('mag ik de relevante bevindingen overdragen aan het wijkteam in Capelle', 'veilig-thuis:rotterdam-rijnmond').slots.purpose, 'hulpverlening');
    });

    it('reads handing over to the police as no purpose', () => {
      assert.equal(read('Mag ik het adres van de pleger overdragen aan de politie Amsterdam?', 'blijf-groep').slots.purpose, undefined);
    });

    it('reads "melden terug" of the local field as reporting back, not as a report of concerns', () => {
      assert.equal(read('wij melden terug bij VT ZHZ, mag dat met naam en adres van de kinderen erbij?', 'lokaal-veld:dordrecht').slots.purpose, 'terugmelding');
    });
  });

  describe('a giver the question leaves out', () => {
    it('reads police data asked with no giver named as coming from the police of the place named', () => {
      assert.equal(sides('mag ik bij adam opvragen of haar ex wapengevaarlijk is', 'blijf-groep').from, 'politie:amsterdam');
    });

    it('reads what is asked beside police data as coming from the police too', () => {
      assert.equal(sides('BG flevo hier: mogen we de THV info en zn geboortedatum krijgen van de pleger', 'blijf-groep').from, 'politie:flevoland');
    });

    it('leaves the giver open for data no single party holds', () => {
      assert.equal(sides('mogen we het adres van de pleger krijgen voor de risicotaxatie', 'blijf-groep').from, null);
    });

    it('never reads the asker’s own organisation, named as theirs, as the giver', () => {
      assert.notEqual(sides('Blijf Groep hier, mogen wij het adres van de pleger ontvangen', 'blijf-groep').from, 'blijf-groep');
    });

    it('reads an organisation named as whose data it is as no receiver', () => {
      assert.equal(sides('mag ik in het veiligheidsoverleg de medische info van de huisarts over mevrouw inbrengen', 'veilig-thuis:flevoland').to, null);
    });
  });

  describe('a person described by what he did', () => {
    const subject = (question: string) => read(question, 'blijf-groep').slots.subject;

    it('reads "zijn" after a sentence in which he threatened as the perpetrator', () => {
      assert.equal(subject('Vorige week was hij nog dreigend bij de opvang. Mag de politie Amsterdam ons zijn gevarenclassificatie geven?'), 'pleger');
    });

    it('reads a deed told with "heeft" and a participle as his', () => {
      assert.equal(subject('Hij heeft haar mishandeld. Mag politie Amsterdam ons zijn geboortedatum geven?'), 'pleger');
    });

    it('does not read him as the perpetrator when it was done to him', () => {
      assert.equal(subject('Hij is vorige week geslagen. Mag politie Amsterdam ons zijn geboortedatum geven?'), undefined);
    });

    it('does not read a participle after a word of the passive as his deed', () => {
      assert.equal(subject('Hij heeft gezegd dat hij is geslagen. Mag politie Amsterdam ons zijn geboortedatum geven?'), undefined);
      assert.equal(subject('He has been hit by her. Can the Amsterdam police give us his date of birth?'), undefined);
    });

    it('does not read him as the perpetrator when the question is about her', () => {
      assert.equal(subject('Hij sloeg haar. Mag ik haar adres aan politie Amsterdam geven?'), undefined);
    });

    it('does not read him as the perpetrator when she is the one who did it', () => {
      assert.equal(subject('hij zegt dat zij sloeg, mag politie amsterdam ons zijn incidenten geven'), undefined);
    });

    it('reads what a relative clause opened by "die er" tells as his deed', () => {
      assert.equal(subject('Bij de opvang is een man gezien die er al dagen rondhing. Mag politie Amsterdam ons zijn naam geven?'), 'pleger');
    });

    it('reads someone who came to Blijf herself as the client when the question refers to her', () => {
      assert.equal(subject('Iemand heeft zich gisteren bij ons aangemeld. Mogen we bij politie Amsterdam opvragen welke incidenten over haar bekend zijn?'), 'slachtoffer');
    });

    it('does not read "hun" before a purpose as pointing at other persons', () => {
      assert.equal(read('Stel dat hij de opvang weet te vinden. Mag ik Blijf voor hun risicotaxatie zijn adres geven?', 'politie:amsterdam').slots.subject, 'pleger');
    });
  });

  describe('a pronoun pointing back at a person of the situation', () => {
    it('reads "hij" as the ex when the situation names the client and her ex', () => {
      assert.equal(read('Cliënte komt morgen, haar ex is bekend bij de politie. Mogen we opvragen of hij wapengevaarlijk is?', 'blijf-groep').slots.subject, 'pleger');
    });

    it('reads "haar" as the client when the situation names the client and her ex', () => {
      assert.equal(read('Cliënte komt morgen, haar ex is bekend bij de politie. Mogen we opvragen welke incidenten over haar bekend zijn?', 'blijf-groep').slots.subject, 'slachtoffer');
    });

    it('keeps the person named first when "haar" may be the mother or the child', () => {
      assert.equal(read('Een kind gilt en de moeder is bang. Mag ik de politie Amsterdam haar adres geven?', 'blijf-groep').slots.subject, 'kind');
    });
  });

  describe('a purpose the data names', () => {
    it('reads THV information named as such as for the THV process', () => {
      assert.equal(read('Mag ik Blijf Groep de THV-informatie over de pleger geven?', 'politie:noord-holland').slots.purpose, 'tijdelijk-huisverbod');
    });

    it('reads whether someone has an order as no purpose', () => {
      assert.equal(read('mogen we van politie amsterdam horen of de ex een huisverbod heeft', 'blijf-groep').slots.purpose, undefined);
    });
  });
});
