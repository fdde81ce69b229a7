// A covenant added as files only: the fictional Almere agreement in test fixtures, loaded from an extra folder.
import assert from 'node:assert/strict';
import { basename, delimiter, resolve } from 'node:path';
import { decide } from '../../src/rules/engine';
import { loadRules, rulebookDirs, rulebookFiles, RULEBOOK_DIR } from '../../src/rules/load';
import { ALMERE_DIR, describeWorkedExamples, withBuiltIn } from './fixtures';

const dirs = withBuiltIn(ALMERE_DIR);
const index = loadRules(dirs);

describe('a covenant added as files in an extra folder', () => {
  it('reads the built-in folder first, then each folder of RULEBOOK_DIRS', () => {
    assert.deepEqual(rulebookDirs(['fixtures/a', '/srv/b'].join(delimiter)), [RULEBOOK_DIR, resolve('fixtures/a'), '/srv/b']);
    assert.deepEqual(rulebookDirs(''), [RULEBOOK_DIR]);
  });

  it('loads the fixture covenant beside the three of the contract', () => {
    assert.deepEqual(index.books.map((b) => b.id).sort(), ['blijf-politie-2022', 'regio-flevoland-almere-2026', 'vuistregels-zorg-straf', 'werkafspraken-rotterdam-2017']);
  });

  it('leaves the built-in rulebooks alone when no folder is added', () => {
    assert.equal(
      loadRules([RULEBOOK_DIR]).books.some((b) => b.id === 'regio-flevoland-almere-2026'),
      false,
    );
  });

  const file = rulebookFiles([ALMERE_DIR])[0]!;
  const covenant = basename(file, '.yaml');
  describeWorkedExamples(file, index);

  it('answers for a wijkteam of Almere, and not for one elsewhere in Flevoland', () => {
    const question = { to: { party: 'veilig-thuis' as const, unit: 'flevoland' }, subject: 'slachtoffer' as const, data: ['naw' as const], purpose: 'zorgmelding' as const, date: '2026-05-01' };
    assert.equal(decide({ ...question, from: { party: 'lokaal-veld', unit: 'almere' } }, index).covenant, covenant);
    assert.equal(decide({ ...question, from: { party: 'lokaal-veld', unit: 'lelystad' } }, index).verdict, 'not_covered');
  });

  it('keeps a wijkteam named without its municipality within the Rotterdam area, though Almere needs the municipality', () => {
    const question = {
      from: { party: 'politie' as const, unit: 'rotterdam' },
      to: { party: 'lokaal-veld' as const },
      subject: 'kind' as const,
      data: ['feiten-omstandigheden' as const],
      purpose: 'hulpverlening' as const,
      date: '2026-05-01',
    };
    assert.equal(decide(question, index).verdict, 'route_via');
    assert.equal(decide(question, index).covenant, 'werkafspraken-rotterdam-2017');
    const { purpose: _, ...withoutPurpose } = question;
    assert.deepEqual(decide(withoutPurpose, index).missing, decide(withoutPurpose, loadRules([RULEBOOK_DIR])).missing);
  });

  it('asks the municipality of a wijkteam named without it where only Almere’s covenant speaks of the pair', () => {
    const question = {
      from: { party: 'lokaal-veld' as const },
      to: { party: 'veilig-thuis' as const, unit: 'flevoland' },
      subject: 'slachtoffer' as const,
      data: ['naw' as const],
      purpose: 'zorgmelding' as const,
      date: '2026-05-01',
    };
    const decision = decide(question, index);
    assert.equal(decision.verdict, 'incomplete');
    assert.deepEqual(decision.missing, ['from']);
  });
});
