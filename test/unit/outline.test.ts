// The outline (src/core/outline.ts): blocks with their schema titles, list items named by what they are about,
// ranges that hold what they name; and an outline still there while a block does not parse.
import { strict as assert } from 'assert';
import { checkText } from '../../src/core/check';
import { outline, type OutlineEntry } from '../../src/core/outline';

const TEXT = [
  'kind: proposal',
  'title: Acme',
  'team:',
  '  - name: Мария Лебедева',
  '    role: Account director',
  '  - role: Analyst   # no name yet',
  'goals:',
  '  - "40 leads a month by June"',
  'client:',
  '  name: Acme',
  '',
].join('\n');

function names(entries: OutlineEntry[]): string[] {
  return entries.map((e) => `${e.kind} ${e.name}${e.children.length ? ` [${names(e.children).join(', ')}]` : ''}`);
}

describe('outline: the document as the Outline view shows it', () => {
  it('lists the blocks, their fields and their items, each item named by its naming field', () => {
    const { parsed, kind } = checkText(TEXT, { fileName: 'x.proposal.yaml' });
    assert.deepEqual(names(outline(parsed, kind)), [
      'block kind',
      'block title',
      'block team [item Мария Лебедева [field name, field role], item Analyst [field role]]',
      'block goals [item 40 leads a month by June]',
      'block client [field name]',
    ]);
    const team = outline(parsed, kind)[2];
    assert.equal(team.detail, 'Team');
    assert.equal(TEXT.slice(team.selection[0], team.selection[1]), 'team');
    const teamText = TEXT.slice(team.range[0], team.range[1]);
    assert.ok(teamText.startsWith('team:') && teamText.includes('role: Analyst') && !teamText.includes('goals'), JSON.stringify(teamText));
    assert.equal(TEXT.slice(...team.children[0].selection).split('\n')[0], 'name: Мария Лебедева');
  });

  it('still has the other blocks while one does not parse', () => {
    const { parsed, kind } = checkText(TEXT.replace('  name: Acme', '\tname: Acme'), { fileName: 'x.proposal.yaml' });
    assert.ok(!parsed.usable);
    assert.deepEqual(outline(parsed, kind).map((e) => e.name), ['kind', 'title', 'team', 'goals', 'client']);
  });

  it('is empty, not an error, for text that is not a mapping', () => {
    const { parsed } = checkText('- a\n- b\n');
    assert.deepEqual(outline(parsed), []);
  });
});
