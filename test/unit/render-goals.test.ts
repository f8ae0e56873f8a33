// The goals table of the preview and the export (src/core/render/blocks/goals.ts): a range, a minimum, a ceiling and
// a deadline counted from an event, in the document's language and number format, and in the exported page.
import { strict as assert } from 'assert';
import { checkText } from '../../src/core/check';
import { buildModel, renderDocument } from '../../src/core/render';
import type { Content } from '../../src/core/render/model';

const GOALS = `
goals:
  - goal: Qualified leads
    metric: qualified leads a month
    target_min: 5
    target_max: 15
    within: { days: 90, from: LAUNCH }
  - goal: Reviews
    metric: Google reviews
    target_min: 1200
    within: { months: 3 }
  - goal: Cost per lead
    metric: cost per lead
    target_max: 40
    within: { weeks: 2, from: SIGNING }
  - goal: Orders
    metric: signed orders a month
    target: 50
    deadline: 2027-03-31
`;

function goalRows(locale: string): string[][] {
  const text = `kind: proposal\nlocale: ${locale}\ntitle: Goals\nclient: { name: Acme }\n${GOALS}`;
  const result = checkText(text, { fileName: 'goals.proposal.yaml' });
  const model = buildModel(result.parsed, 'proposal', result.findings, {});
  const section = model.sections.find((s) => s.key === 'goals');
  const table = section?.blocks[0];
  if (!table || table.type !== 'table') return assert.fail('no goals table');
  return table.rows.map((row) => row.cells.map(plain).slice(2));
}

function plain(content: Content): string {
  return content.map((inline) => ('text' in inline ? inline.text : '')).join('');
}

describe('render: goals as people write them', () => {
  it('shows a range, a minimum, a ceiling and a time from an event in English', () => {
    assert.deepEqual(goalRows('en'), [
      ['5–15', 'within 90 days of LAUNCH'],
      ['at least 1,200', 'within 3 months'],
      ['at most 40', 'within 2 weeks of SIGNING'],
      ['50', 'March 31, 2027'],
    ]);
  });

  it('says them in Russian, Hebrew and Arabic, the unit in its form for the number', () => {
    assert.deepEqual(goalRows('ru').slice(0, 3), [
      ['от 5 до 15', 'за 90 дней, считая от: LAUNCH'],
      ['не менее 1\u00a0200', 'за 3 месяца'],
      ['не более 40', 'за 2 недели, считая от: SIGNING'],
    ]);
    assert.deepEqual(goalRows('he').slice(0, 3), [
      ['בין 5 ל-15', 'תוך 90 ימים ממועד LAUNCH'],
      ['לפחות 1,200', 'תוך 3 חודשים'],
      ['לכל היותר 40', 'תוך שבועיים ממועד SIGNING'],
    ]);
    const arabic = goalRows('ar').slice(0, 3);
    // Digits and the group separator as this Node's ICU writes them for Arabic (Arabic-Indic or Latin).
    const latin = (cell: string) => cell.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/\u066C/g, ',');
    assert.deepEqual(arabic.map((row) => row.map(latin)), [
      ['من 5 إلى 15', 'خلال 90 يومًا من LAUNCH'],
      ['على الأقل 1,200', 'خلال 3 أشهر'],
      ['على الأكثر 40', 'خلال أسبوعين من SIGNING'],
    ]);
  });

  it('puts them in the exported page', () => {
    const text = `kind: proposal\ntitle: Goals\nclient: { name: Acme }\n${GOALS}`;
    const result = checkText(text, { fileName: 'goals.proposal.yaml' });
    const html = renderDocument(buildModel(result.parsed, 'proposal', result.findings, {}), 'export');
    const page = html.replace(/<[^>]+>/g, '');
    for (const shown of ['5–15', 'within 90 days of LAUNCH', 'at least 1,200', 'at most 40', 'within 2 weeks of SIGNING']) assert.ok(page.includes(shown), shown);
  });
});
