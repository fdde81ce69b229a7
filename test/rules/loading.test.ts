import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseRulebook, rulebookFiles, RulebookError, loadRules } from '../../src/rules/load';

const blijf = rulebookFiles().find((f) => f.endsWith('blijf-politie-2022.yaml'))!;
const text = readFileSync(blijf, 'utf8');

describe('loading rulebooks', () => {
  it('loads the three covenants of the contract', () => {
    assert.deepEqual(
      loadRules()
        .books.map((b) => b.id)
        .sort(),
      ['blijf-politie-2022', 'vuistregels-zorg-straf', 'werkafspraken-rotterdam-2017'],
    );
  });

  it('gives every rule at least one article with a paraphrase in Dutch and English', () => {
    for (const book of loadRules().books) {
      for (const rule of book.data.rules) {
        assert.ok(rule.articles.length > 0, rule.id);
        for (const a of rule.articles) assert.ok(book.data.articles[a]?.nl && book.data.articles[a]?.en, `${rule.id} ${a}`);
      }
    }
  });

  it('refuses an unknown data category, naming the file, the rule and the field', () => {
    const broken = text.replace('subjects: [slachtoffer]\n    data: [incidenten, geweldsincidenten,', 'subjects: [slachtoffer]\n    data: [incidenten, schoenmaat,');
    assert.notEqual(broken, text);
    assert.throws(
      () => parseRulebook(broken, blijf),
      (error: unknown) => {
        assert.ok(error instanceof RulebookError);
        assert.match(error.message, /blijf-politie-2022\.yaml/);
        assert.match(error.message, /rule "bp-politie-info-slachtoffer"/);
        assert.match(error.message, /field "data\.1"/);
        return true;
      },
    );
  });

  it('refuses a rule that cites an article without a paraphrase', () => {
    const broken = text.replace('articles: ["4.2", "6.3"]', 'articles: ["4.2", "99.9"]');
    assert.throws(() => parseRulebook(broken, blijf), /article 99\.9 has no paraphrase/);
  });

  it('refuses a rule that names a party outside the covenant', () => {
    const broken = text.replace('to: [blijf-groep]\n    subjects: [kind]', 'to: [om]\n    subjects: [kind]');
    assert.throws(() => parseRulebook(broken, blijf), /om is not a party of this rulebook/);
  });

  it('allows an exchange without personal data only on a forbid of every data category, under a condition the rulebook has', () => {
    const vuistregels = rulebookFiles().find((f) => f.endsWith('vuistregels-zorg-straf.yaml'))!;
    const source = readFileSync(vuistregels, 'utf8');
    const onPermit = source.replace(
      'effect: forbid\n    from: [om, politie, reclassering, rvdk]\n    to: [veilig-thuis]\n    purposes: [adviesvraag]',
      'effect: permit\n    from: [om, politie, reclassering, rvdk]\n    to: [veilig-thuis]\n    purposes: [adviesvraag]',
    );
    assert.notEqual(onPermit, source);
    assert.throws(() => parseRulebook(onPermit, vuistregels), /only a forbid of every data category/);
    const unknown = source.replace('withoutPersonalData: anoniem-advies', 'withoutPersonalData: zomaar');
    assert.throws(() => parseRulebook(unknown, vuistregels), /unknown condition zomaar/);
  });

  it('refuses a validity that ends before it starts', () => {
    const broken = text.replace('until: "2027-09-15"', 'until: "2021-01-01"');
    assert.throws(() => parseRulebook(broken, blijf), /field "validity\.until": ends before it starts/);
  });

  it('refuses a duty that does not say who must do it, naming the file and the field', () => {
    const broken = text.replace('    articles: ["10.2"]\n    who: recipient\n', '    articles: ["10.2"]\n');
    assert.notEqual(broken, text);
    assert.throws(
      () => parseRulebook(broken, blijf),
      (error: unknown) => {
        assert.ok(error instanceof RulebookError);
        assert.match(error.message, /blijf-politie-2022\.yaml/);
        assert.match(error.message, /field "duties\.informeren\.who": say who must do this/);
        return true;
      },
    );
  });

  it('refuses a duty addressed to a party outside the covenant', () => {
    const broken = text.replace('who: blijf-groep', 'who: rvdk');
    assert.notEqual(broken, text);
    assert.throws(() => parseRulebook(broken, blijf), /field "duties\.bewaren-10-jaar\.who": rvdk is not a party of this rulebook/);
  });

  it('gives every duty of every covenant an addressee', () => {
    for (const book of loadRules().books) {
      for (const [id, duty] of Object.entries(book.data.duties)) assert.ok(duty.who, `${book.id} ${id}`);
    }
  });

  it('refuses a file that is not YAML', () => {
    assert.throws(() => parseRulebook('rules: [unclosed', blijf), /not valid YAML/);
  });

  it('refuses a file whose id does not match its name', () => {
    assert.throws(() => parseRulebook(text.replace('id: blijf-politie-2022', 'id: iets-anders'), blijf), /file name says blijf-politie-2022/);
  });
});

describe('what the rulebooks cover', () => {
  const books = loadRules().books;
  const cited = (id: string) => {
    const book = books.find((b) => b.id === id)!.data;
    const all = new Set<string>([
      ...book.rules.flatMap((r) => r.articles),
      ...Object.values(book.conditions).flatMap((c) => c.articles),
      ...Object.values(book.duties).flatMap((d) => d.articles),
      ...book.governs.flatMap((g) => [...g.articles, ...g.purposeArticles]),
      ...book.validity.articles,
      ...(book.evaluation ? [book.evaluation.article] : []),
    ]);
    return all;
  };

  it('encodes seed 001 art. 2, 4, 5.2–5.10, 6, 7.3, 8.1, 10.2, 12 and 14', () => {
    const all = cited('blijf-politie-2022');
    for (const a of ['2', '4.1', '4.2', '5.2', '5.3', '5.4', '5.5', '5.6', '5.7', '5.8', '5.9', '5.10', '6.1', '6.2', '6.3', '6.4', '7.3', '8.1', '10.2', '12', '14.1', '14.2']) {
      assert.ok(all.has(a), `art. ${a} is not used by any rule, condition, duty or validity`);
    }
  });

  it('encodes rules of thumb 1 and 3–7 of seed 003', () => {
    const all = cited('vuistregels-zorg-straf');
    for (const a of ['vuistregel 1', 'vuistregel 3', 'vuistregel 4', 'vuistregel 5', 'vuistregel 6', 'vuistregel 7']) assert.ok(all.has(a), a);
  });

  it('encodes steps 1–4 and the acute-danger route of seed 004', () => {
    const all = cited('werkafspraken-rotterdam-2017');
    for (const a of ['stap 1', 'stap 2', 'stap 3', 'stap 4', 'acuut gevaar']) assert.ok(all.has(a), a);
  });

  it('holds the yearly evaluation and the five-year term of seed 001 (the safer reading of its last day) for the managers’ digest', () => {
    const book = books.find((b) => b.id === 'blijf-politie-2022')!;
    assert.deepEqual(book.data.evaluation, { everyMonths: 12, article: '12' });
    assert.equal(book.validUntil, '2027-09-15');
  });

  it('gives seed 003 and 004 a start date derived from their text, and says how', () => {
    const byId = (id: string) => books.find((b) => b.id === id)!;
    assert.equal(byId('vuistregels-zorg-straf').validFrom, '2021-01-01');
    assert.match(byId('vuistregels-zorg-straf').data.validity.explanation.nl, /december 2020/);
    assert.equal(byId('werkafspraken-rotterdam-2017').validFrom, '2017-10-03');
    assert.match(byId('werkafspraken-rotterdam-2017').data.validity.explanation.nl, /3 oktober 2017/);
  });

  it('shows a service level that no covenant sets as the privacy officer’s default, never as the covenant’s', () => {
    for (const book of books) {
      const level = book.data.serviceLevel;
      if (!level) continue;
      if (level.source === 'covenant') assert.ok(level.article && book.data.articles[level.article], `${book.id} cites the article that sets its service level`);
      else assert.match(level.explanation.nl, /privacy officer/, book.id);
    }
    assert.equal(books.find((b) => b.id === 'blijf-politie-2022')!.data.serviceLevel?.source, 'privacy-officer-default');
  });

  it('refuses a service level said to come from the covenant without its article', () => {
    const broken = text.replace('source: privacy-officer-default', 'source: covenant');
    assert.throws(() => parseRulebook(broken, blijf), /field "serviceLevel\.article": a service level set by the covenant cites its article/);
  });

  it('calls no criteria an exhaustive list: vuistregel 5 and stap 3 say what they require', () => {
    for (const id of ['vuistregels-zorg-straf', 'werkafspraken-rotterdam-2017']) {
      for (const g of books.find((b) => b.id === id)!.governs) {
        assert.doesNotMatch(g.listRule.explanation.nl, /uitputtend/, id);
        assert.doesNotMatch(g.listRule.explanation.en, /exhaustive/, id);
      }
    }
  });
});
