import assert from 'node:assert/strict';
import { cueVariants } from '../../src/nlu/cue-variants';
import { CUE_OR_ACUTE_KINDS, type Concept } from '../../src/nlu/lexicon';
import { parseQuestion } from '../../src/nlu/question-reader';

const happening: Concept = { kind: 'happening' };
const groups = [
  ['de', 'een', 'zijn', 'haar'],
  ['the', 'a'],
];
const acute = (text: string) => parseQuestion(text, { as: { party: 'blijf-groep' } }).slots.acute;

describe('cues of danger with another determiner', () => {
  it('swaps a determiner of a cue for each other one of its group', () => {
    const variants = cueVariants([[['in', 'de', 'auto', 'gesleurd'], happening]], () => false, groups, CUE_OR_ACUTE_KINDS).map(([words]) => words.join(' '));
    assert.deepEqual(variants, ['in een auto gesleurd', 'in zijn auto gesleurd', 'in haar auto gesleurd']);
  });

  it('leaves a variant the lexicon lists itself, with its own meaning', () => {
    const variants = cueVariants([[['in', 'de', 'auto', 'gesleurd'], happening]], (key) => key === 'in een auto gesleurd', groups, CUE_OR_ACUTE_KINDS).map(([words]) => words.join(' '));
    assert.deepEqual(variants, ['in zijn auto gesleurd', 'in haar auto gesleurd']);
  });

  it('keeps a person at the end of a cue: "slaat haar" is no "slaat de"', () => {
    assert.deepEqual(
      cueVariants([[['slaat', 'haar'], happening]], () => false, groups, CUE_OR_ACUTE_KINDS),
      [],
    );
  });

  it('makes no variants of words that are no cue of danger', () => {
    assert.deepEqual(
      cueVariants([[['de', 'politie'], { kind: 'party', party: 'politie' }]], () => false, groups, CUE_OR_ACUTE_KINDS),
      [],
    );
  });

  it('reads a cue with another determiner as danger now', () => {
    assert.equal(acute('ze is zojuist in een auto gesleurd door haar ex'), true);
  });
});

describe('cues of danger with a word inside', () => {
  it('reads a word of now right after the first word of a cue as danger now', () => {
    assert.equal(acute('de man gooit net met stoelen naar zijn vrouw'), true);
  });

  it('reads a word of now inside a cue as danger now even after a sentence about the past', () => {
    assert.equal(acute('Vorige week was het rustig. Hij gooit nu met borden.'), true);
  });

  it('reads another word inside a cue as the cue', () => {
    assert.equal(acute('hij trapt gewoon de deur in'), true);
  });

  it('reads a phrase of now inside a cue as danger now', () => {
    assert.equal(acute('vrouw in Hoorn wordt op dit moment gewurgd, de schoonzus belt'), true);
  });

  it('does not put a word inside a cue that says where someone is: asking whether she is still here is no danger', () => {
    assert.equal(acute('the police asks if she is still here, can I say yes'), false);
  });
});
