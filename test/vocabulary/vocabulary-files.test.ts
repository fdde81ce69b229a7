// The vocabulary is data: the ids of parties, subjects, data categories and purposes, with their labels, units and
// words, declared in src/rules/lexicon/*.yaml and in a rulebook folder's vocabulary.yaml, checked naming file and line.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { askInputSchema } from '../../src/ask/input';
import { LexiconError, loadLanguage, useLanguage } from '../../src/nlu/lexicon-files';
import { loadRules, RULEBOOK_DIR, RulebookError } from '../../src/rules/load';
import { parsePartyRef, partyRefLabel, storedPartyRef, vocabulary } from '../../src/vocabulary';
import { ZVH_DIR } from '../covenants/fixtures';

/** A rulebook folder holding only a vocabulary.yaml with this text. */
function folderWith(vocabularyText: string, run: (dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'vocabulary-'));
  try {
    writeFileSync(join(dir, 'vocabulary.yaml'), vocabularyText);
    run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const entry = (id: string, word: string) => `  - id: ${id}\n    label:\n      nl: ${id}\n      en: ${id}\n    words:\n      - ${word}\n`;

describe('the vocabulary files', () => {
  const builtIn = loadLanguage([RULEBOOK_DIR]).vocabulary;

  it('declare every id of the decision contract, each with a Dutch and an English label', () => {
    // The ids of ../shared/spec/decision-contract.md, which must stay valid.
    const contract = {
      parties: ['blijf-groep', 'politie', 'veilig-thuis', 'om', 'rvdk', 'reclassering', 'lokaal-veld', 'jeugdbescherming'],
      subjects: ['slachtoffer', 'kind', 'derde', 'pleger', 'melder', 'getuige'],
      dataCategories: ['naw', 'geboortegegevens', 'contactgegevens', 'incidenten', 'geweldsincidenten', 'politiegegevens', 'medische-gegevens', 'zorgmelding'],
      purposes: ['risicotaxatie', 'aware', 'tijdelijk-huisverbod', 'zorgmelding', 'triage', 'hulpverlening', 'opsporing', 'veiligheidsoverleg'],
    } as const;
    for (const [kind, ids] of Object.entries(contract) as [keyof typeof contract, readonly string[]][]) {
      for (const id of ids) {
        const label = builtIn.labels[kind].get(id);
        assert.ok(label && label.nl && label.en, `${kind} ${id} is declared with both labels`);
      }
    }
  });

  it('give the units of a party and name a unit as the party says ("politie-eenheid Amsterdam")', () => {
    assert.deepEqual(
      builtIn.party.get('veilig-thuis')?.units.map((u) => u.id),
      ['flevoland', 'rotterdam-rijnmond', 'zuid-holland-zuid'],
    );
    assert.equal(partyRefLabel({ party: 'politie', unit: 'amsterdam' }, 'nl', builtIn), 'politie-eenheid Amsterdam');
    assert.equal(partyRefLabel({ party: 'politie', unit: 'amsterdam' }, 'en', builtIn), 'police unit Amsterdam');
    assert.equal(partyRefLabel({ party: 'veilig-thuis', unit: 'zuid-holland-zuid' }, 'nl', builtIn), 'Veilig Thuis Zuid-Holland-Zuid');
  });

  it('add the parties, data categories and purposes of a folder’s vocabulary.yaml after the built-in ones', () => {
    const merged = loadLanguage([RULEBOOK_DIR, ZVH_DIR]).vocabulary;
    assert.deepEqual(merged.parties.slice(0, builtIn.parties.length), builtIn.parties);
    assert.deepEqual(merged.parties.slice(builtIn.parties.length), ['zorg-en-veiligheidshuis']);
    assert.deepEqual(merged.dataCategories.slice(builtIn.dataCategories.length), ['casusverslag']);
    assert.deepEqual(merged.purposes.slice(builtIn.purposes.length), ['persoonsgerichte-aanpak']);
    assert.equal(partyRefLabel({ party: 'zorg-en-veiligheidshuis', unit: 'gooi-en-vechtstreek' }, 'nl', merged), 'Zorg- en Veiligheidshuis Gooi en Vechtstreek');
  });

  it('are read and compiled once per set of folders', () => {
    assert.equal(loadLanguage([RULEBOOK_DIR, ZVH_DIR]), loadLanguage([RULEBOOK_DIR, ZVH_DIR]));
  });

  it('refuse an id a folder declares again, naming both files and lines', () => {
    folderWith(`parties:\n${entry('politie', 'blauw')}`, (dir) => {
      assert.throws(
        () => loadLanguage([RULEBOOK_DIR, dir]),
        (error: Error) => {
          assert.ok(error instanceof LexiconError);
          assert.match(error.message, /vocabulary\.yaml line 2: party "politie" is already declared at parties\.yaml line \d+/);
          return true;
        },
      );
    });
  });

  it('refuse a word of a folder that the lexicon already gives another meaning, naming both places', () => {
    folderWith(`parties:\n${entry('veiligheidshuis-regio', 'veiligheidshuis')}`, (dir) => {
      assert.throws(() => loadLanguage([RULEBOOK_DIR, dir]), /purposes\.yaml line \d+: "veiligheidshuis" is already listed at \S*vocabulary\.yaml line 7 with another meaning/);
    });
  });

  it('refuse a folder’s entry without its English label, naming file, line and field', () => {
    folderWith('purposes:\n  - id: nazorg\n    label:\n      nl: nazorg\n    words: [nazorg]\n', (dir) => {
      assert.throws(() => loadLanguage([RULEBOOK_DIR, dir]), /vocabulary\.yaml line 4 \(purposes\.0\.label\.en\)/);
    });
  });

  it('refuse a lexicon reference to an id nobody declares, naming file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
    try {
      cpSync(join(RULEBOOK_DIR, '..', 'lexicon'), dir, { recursive: true });
      const file = join(dir, 'subjects.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('  - party: reclassering\n', '  - party: reclasering\n'));
      assert.throws(() => loadLanguage([], dir), /subjects\.yaml line \d+: no party has the id "reclasering"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuse a data category held by, or defined by, an id nobody declares, naming file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
    try {
      cpSync(join(RULEBOOK_DIR, '..', 'lexicon'), dir, { recursive: true });
      const file = join(dir, 'data-categories.yaml');
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.replace('    heldBy: politie\n', '    heldBy: poltie\n').replace('    purpose: tijdelijk-huisverbod\n', '    purpose: huisverbod\n'));
      assert.throws(
        () => loadLanguage([], dir),
        (error: Error) => {
          assert.match(error.message, /data-categories\.yaml line \d+: no party has the id "poltie"/);
          assert.match(error.message, /data-categories\.yaml line \d+: no purpose has the id "huisverbod"/);
          return true;
        },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stop a rulebook that names an id no vocabulary declares, naming the rule and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rulebooks-'));
    try {
      for (const name of ['zvh-gooi-vechtstreek-2026.yaml', 'zvh-gooi-vechtstreek-2026.examples.yaml']) cpSync(join(ZVH_DIR, name), join(dir, name));
      assert.throws(
        () => loadRules([RULEBOOK_DIR, dir]),
        (error: Error) => {
          assert.ok(error instanceof RulebookError);
          assert.match(error.message, /field "parties\.0\.party": no party has the id "zorg-en-veiligheidshuis"/);
          assert.match(error.message, /rule "zvh-verslag-naar-reclassering", field "data\.0": no data category has the id "casusverslag"/);
          return true;
        },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('check input at the boundaries against the vocabulary in use, and only that one', () => {
    const input = { as: 'zorg-en-veiligheidshuis:gooi-en-vechtstreek', purpose: 'persoonsgerichte-aanpak' };
    assert.equal(askInputSchema.safeParse(input).success, false);
    assert.ok('error' in parsePartyRef('zorg-en-veiligheidshuis'));
    const restore = useLanguage(loadLanguage([RULEBOOK_DIR, ZVH_DIR]));
    try {
      assert.equal(askInputSchema.safeParse(input).success, true);
      assert.deepEqual(parsePartyRef('zorg-en-veiligheidshuis'), { party: 'zorg-en-veiligheidshuis' });
    } finally {
      restore();
    }
    assert.equal(vocabulary().valid.purposes.has('persoonsgerichte-aanpak'), false);
  });

  it('read a party a record stored without the vocabulary, so a request outlives the folder that declared its party', () => {
    assert.equal(vocabulary().valid.parties.has('zorg-en-veiligheidshuis'), false);
    assert.deepEqual(storedPartyRef('zorg-en-veiligheidshuis:gooi-en-vechtstreek'), { party: 'zorg-en-veiligheidshuis', unit: 'gooi-en-vechtstreek' });
    assert.deepEqual(storedPartyRef('reclassering'), { party: 'reclassering' });
  });
});
