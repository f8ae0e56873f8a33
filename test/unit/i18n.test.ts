// The message catalogs (src/core/i18n): every message in English, Russian, Hebrew and Arabic, with the same
// placeholders; checks that speak the language asked for; nothing a user reads left without a message id.
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkText } from '../../src/core/check';
import { CATALOGS, l10nBundle, l10nKey, MESSAGE_LOCALES, messageLocale, placeholdersOf, t, tFromBundle, type MessageId } from '../../src/core/i18n';
import { en } from '../../src/core/i18n/en';
import { formatCount } from '../../src/core/i18n/format';

const ROOT = path.resolve(__dirname, '../../..');
const IDS = Object.keys(en) as MessageId[];

describe('i18n: message catalogs', () => {
  for (const locale of MESSAGE_LOCALES.filter((l) => l !== 'en')) {
    it(`${locale} has every message of en, and no other`, () => {
      const catalog = CATALOGS[locale] as Record<string, string>;
      assert.deepEqual(IDS.filter((id) => typeof catalog[id] !== 'string' || catalog[id].trim() === ''), [], 'missing translations');
      assert.deepEqual(Object.keys(catalog).filter((id) => !(id in en)), [], 'messages en does not have');
    });

    it(`${locale} uses the same placeholders as en in every message`, () => {
      const differ = IDS.filter((id) => placeholdersOf(CATALOGS[locale][id]).join() !== placeholdersOf(en[id]).join()).map(
        (id) => `${id}: en {${placeholdersOf(en[id]).join(', ')}}, ${locale} {${placeholdersOf(CATALOGS[locale][id]).join(', ')}}`,
      );
      assert.deepEqual(differ, []);
    });

    it(`${locale} gives every plural the forms its language needs`, () => {
      const needed = new Set(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);
      for (const id of IDS) {
        for (const match of CATALOGS[locale][id].matchAll(/\{\s*\w+\s*,\s*plural\s*,((?:[^{}]|\{[^{}]*\})*)\}/g)) {
          const forms = new Set([...match[1].matchAll(/(\w+)\s*\{/g)].map((m) => m[1]));
          const lacking = [...needed].filter((category) => !forms.has(category));
          assert.deepEqual(lacking, [], `${id} in ${locale}`);
        }
      }
    });
  }

  it('renders placeholders, plurals, lists and nested messages', () => {
    assert.equal(t('en', 'schema.minItems', { field: 'Team', limit: 1 }), 'Team needs at least 1 item');
    assert.equal(t('en', 'schema.minItems', { field: 'Team', limit: 3 }), 'Team needs at least 3 items');
    assert.equal(t('ru', 'schema.minItems', { field: '"team"', limit: 2 }), 'В поле "team" нужен хотя бы 2 элемента');
    assert.equal(t('ru', 'schema.minItems', { field: '"team"', limit: 5 }), 'В поле "team" нужен хотя бы 5 элементов');
    assert.equal(t('ar', 'schema.minItems', { field: '"team"', limit: 2 }), 'يحتاج الحقل "team" إلى عنصرين على الأقل');
    assert.equal(
      t('en', 'schema.type', { field: 'Target', type: { list: [{ id: 'schema.typeString' }, { id: 'schema.typeNumber' }], join: 'or' }, got: '' }),
      'Target must be text or a number',
    );
    assert.equal(t('ru', 'schema.type', { field: { en: 'Target', other: '"target"' }, type: { id: 'schema.typeNumber' }, got: '' }), 'Поле "target" должно быть числом');
  });

  it('maps BCP 47 tags and POSIX locales to a catalog, English otherwise', () => {
    assert.equal(messageLocale('ru'), 'ru');
    assert.equal(messageLocale('ru-RU'), 'ru');
    assert.equal(messageLocale('he_IL.UTF-8'), 'he');
    assert.equal(messageLocale('iw'), 'he');
    assert.equal(messageLocale('ar-EG'), 'ar');
    assert.equal(messageLocale('de'), 'en');
    assert.equal(messageLocale(undefined), 'en');
  });
});

describe('i18n: checks in the language asked for', () => {
  const broken = 'kind: proposal\ntitle: T\nclient: { name: A }\nteem: x\nbudget:\n  monthly: -10\n  currency: EUR\n';

  it('keeps English by default, word for word', () => {
    const messages = checkText(broken, { fileName: 'x.proposal.yaml' }).findings.filter((f) => f.source === 'schema').map((f) => f.message);
    assert.ok(messages.includes('Monthly budget must be a positive amount; got -10'), messages.join('\n'));
    assert.ok(messages.includes('"teem" is not a field of the document; did you mean "team"?'), messages.join('\n'));
  });

  it('speaks Russian, Hebrew and Arabic, naming fields by their keys', () => {
    const schema = (locale: string) => checkText(broken, { fileName: 'x.proposal.yaml', locale }).findings.filter((f) => f.source === 'schema').map((f) => f.message);
    assert.ok(schema('ru').includes('Поле "budget.monthly" должно быть положительной суммой; сейчас: -10'), schema('ru').join('\n'));
    assert.ok(schema('ru').includes('«teem» — не поле документа; может быть, «team»?'), schema('ru').join('\n'));
    assert.ok(schema('he').includes('השדה "budget.monthly" חייב להיות סכום חיובי; כרגע: -10'), schema('he').join('\n'));
    assert.ok(schema('ar').includes('يجب أن يكون الحقل "budget.monthly" مبلغًا موجبًا؛ القيمة الحالية: -10'), schema('ar').join('\n'));
    const yaml = checkText('kind: brief\na: [1, 2\n', { fileName: 'x.brief.yaml', locale: 'ru' }).findings.filter((f) => f.source === 'yaml');
    assert.ok(yaml.length > 0 && yaml.every((f) => f.message.startsWith('Здесь [ открывает список')), yaml.map((f) => f.message).join('\n'));
  });

  it('gives every YAML, schema and rule finding of the examples and of broken documents a message id', () => {
    const texts = fs
      .readdirSync(path.join(ROOT, 'examples'))
      .flatMap((language) => fs.readdirSync(path.join(ROOT, 'examples', language)).map((file) => path.join(ROOT, 'examples', language, file)))
      .filter((file) => /\.(brief|proposal)\.yaml$/.test(file))
      .map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }));
    texts.push(
      { file: 'broken.proposal.yaml', text: broken },
      { file: 'empty.brief.yaml', text: 'kind: brief\n' },
      { file: 'tabs.brief.yaml', text: 'kind: brief\ntitle: T\nclient:\n\tname: A\n' },
      { file: 'twice.brief.yaml', text: 'kind: brief\ntitle: T\ntitle: U\nclient: { name: A }\n' },
      { file: 'thin.proposal.yaml', text: 'kind: proposal\ntitle: T\nbrief: missing.brief.yaml\nclient: { name: A, expertise: novice }\nteam:\n  - { name: Ann, clients: 12 }\nrecommendations:\n  - { title: SEO }\nabout: We guarantee first place in Google and a 100% CTR uplift.\n' },
    );
    const without = texts.flatMap(({ file, text }) =>
      checkText(text, { fileName: file, readFile: () => undefined })
        .findings.filter((finding) => !finding.localized)
        .map((finding) => `${path.basename(file)}: ${finding.code}: ${finding.message}`),
    );
    assert.deepEqual(without, []);
  });
});

describe('i18n: rule findings in every language', () => {
  const thin = 'kind: proposal\ntitle: T\nclient: { name: A }\nteam:\n  - { name: Ann, clients: 12 }\nrecommendations:\n  - { title: SEO, tier: experiment }\n';

  for (const locale of MESSAGE_LOCALES.filter((l) => l !== 'en')) {
    it(`says every rule finding of a thin proposal in ${locale}, none left in English`, () => {
      const english = checkText(thin, { fileName: 'x.proposal.yaml' }).findings.filter((f) => f.source === 'rule');
      const local = checkText(thin, { fileName: 'x.proposal.yaml', locale }).findings.filter((f) => f.source === 'rule');
      assert.ok(english.length >= 10, `${english.length} rule findings`);
      assert.equal(local.length, english.length);
      local.forEach((finding, i) => {
        assert.equal(finding.code, english[i].code);
        assert.notEqual(finding.message, english[i].message, `${finding.code} is English in ${locale}`);
        assert.doesNotMatch(finding.message, /\{[a-z]+\}/i, `${finding.code}: a placeholder left in ${finding.message}`);
      });
    });
  }
});

describe('i18n: money in messages', () => {
  const worked = 'kind: brief\ntitle: T\nclient: { name: A }\nbudget: { monthly: 10000, currency: EUR }\nfunnel: { cost_per_lead: 50, lead_to_deal: 0.25, lead_capacity: 150, expected_deals: 100 }\n';
  const messageOf = (text: string, code: string, locale?: string) =>
    checkText(text, { fileName: 'x.brief.yaml', locale }).findings.find((f) => f.code === code)?.message ?? `no ${code}`;
  // Intl puts no-break spaces (U+00A0, U+202F) in grouped numbers and beside a currency sign, and in Hebrew and
  // Arabic right-to-left marks (U+200F) before the number and the sign: plain spaces and no marks, to compare.
  const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/[\u200e\u200f\u061c]/g, '');

  it('formats an amount in the language of the message, to the currency\'s minor units', () => {
    const budget = { money: 10000, currency: 'EUR' };
    const args = { budget, bought: 50, expected: 100, needed: { money: 20000.5, currency: 'EUR' } };
    assert.equal(t('en', 'rule.cannotDeliver.some', args), '€10,000 a month buys 50 deals; the client expects 100. That needs €20,000.50 a month, or an expectation of 50.');
    assert.match(spaced(t('ru', 'rule.cannotDeliver.some', args)), /^10 000 € в месяц .*20 000,50 €/);
    assert.match(spaced(t('he', 'rule.cannotDeliver.some', args)), /10,000 €.*20,000\.50 €/);
    // ISO 4217, not Intl's display digits: the Iraqi dinar has 3 decimals (Node's Intl shows none), the yen none.
    assert.match(spaced(t('ar', 'rule.capacity.saving', { amount: { money: 1234.5, currency: 'IQD' } })), /1,234\.500/);
    assert.match(spaced(t('ru', 'rule.capacity.saving', { amount: { money: 1234.5, currency: 'IQD' } })), /1 234,500/);
    assert.match(spaced(t('ru', 'rule.capacity.saving', { amount: { money: 3333, currency: 'JPY' } })), /3 333 ¥/);
    // Latin digits in every language, as the documents write them.
    assert.doesNotMatch(t('ar', 'rule.capacity.saving', { amount: { money: 10000, currency: 'EUR' } }), /[\u0660-\u0669\u06f0-\u06f9]/);
  });

  it('says the budget\'s amounts of a finding the way its reader writes money', () => {
    assert.equal(messageOf(worked, 'proposal-budget-cannot-deliver'), '€10,000 a month buys 50 deals; the client expects 100. That needs €20,000 a month, or an expectation of 50.');
    const ru = spaced(messageOf(worked, 'proposal-budget-cannot-deliver', 'ru'));
    assert.match(ru, /^10 000 € в месяц/, ru);
    assert.match(ru, /20 000 € в месяц/, ru);
    assert.doesNotMatch(ru, /€10,000|€20,000/, ru);
    const ar = spaced(messageOf(worked, 'proposal-capacity-exceeded', 'ar'));
    assert.match(ar, /10,000 €/, ar);
    assert.doesNotMatch(ar, /€10,000/, ar);
    const price = 'kind: proposal\ntitle: T\nclient: { name: A }\nbudget: { monthly: 10000, currency: RUB }\nterms:\n  price: 2500\n  price_period: month\n  items:\n    - { item: a, amount: 1800 }\n    - { item: b, amount: 600.5 }\n';
    const priceOf = (locale?: string) =>
      spaced(checkText(price, { fileName: 'x.proposal.yaml', locale }).findings.find((f) => f.code === 'proposal-no-price')?.message ?? 'none');
    assert.match(priceOf(), /add up to RUB 2,400\.50 but the price is RUB 2,500/);
    assert.match(priceOf('ru'), /2 400,50 ₽.*2 500 ₽/);
  });
});

describe('i18n: the vscode.l10n bundles (l10n/bundle.l10n*.json, generated)', () => {
  const read = (file: string): Record<string, string> => JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n', file), 'utf8'));

  it('are declared in package.json, packaged, and not committed (npm run generate writes them)', () => {
    assert.equal(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).l10n, './l10n');
    assert.match(fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8'), /^!l10n\/\*\.json$/m);
    assert.match(fs.readFileSync(path.join(ROOT, '.gitignore'), 'utf8'), /^l10n\/$/m);
  });

  for (const locale of MESSAGE_LOCALES) {
    const file = locale === 'en' ? 'bundle.l10n.json' : `bundle.l10n.${locale}.json`;
    it(`${file} holds every message of the ${locale} catalog, keyed by its English`, () => {
      const bundle = read(file);
      assert.deepEqual(bundle, l10nBundle(locale), `${file} is stale: npm run generate`);
      assert.equal(Object.keys(bundle).length, IDS.length, 'one key per message');
      for (const id of IDS) assert.equal(bundle[l10nKey(id)], CATALOGS[locale][id], id);
    });
  }

  it('keys a message by its English, as vscode.l10n.t(message) would, and shared English by <English>/<id>', () => {
    assert.equal(l10nKey('vscode.openInBrowser'), 'Open in Browser');
    assert.equal(l10nKey('funnel.what.budget'), 'the monthly budget/funnel.what.budget');
    assert.equal(l10nKey('rule.forecastNumber.budget.monthly'), 'the monthly budget/rule.forecastNumber.budget.monthly');
    assert.notEqual(read('bundle.l10n.he.json')[l10nKey('funnel.what.budget')], read('bundle.l10n.he.json')[l10nKey('rule.forecastNumber.budget.monthly')]);
  });

  it('renders the template VS Code hands over with the core\'s format: plurals, nested messages, money', () => {
    const ru = read('bundle.l10n.ru.json');
    const samples: [MessageId, Record<string, unknown>][] = [
      ['vscode.openInBrowser', {}],
      ['funnel.capacityBound', { handled: 25, expected: 100 }],
      ['vscode.cannotComputeFunnel', { problem: { id: 'funnel.notAboveZero', args: { field: 'funnel.cost_per_lead', value: '0' } } }],
      ['vscode.raiseBudget', { from: { money: 10000, currency: 'EUR' }, to: { money: 20000, currency: 'EUR' }, expected: 100 }],
    ];
    for (const [id, args] of samples) assert.equal(tFromBundle(ru, 'ru', id, args as never), t('ru', id, args as never), id);
    // The bundle's template is the one used (VS Code's choice), the catalog only for what the bundle lacks.
    const edited = { ...ru, [l10nKey('vscode.openInBrowser')]: 'Открыть в браузере!' };
    assert.equal(tFromBundle(edited, 'ru', 'vscode.openInBrowser'), 'Открыть в браузере!');
    const { [l10nKey('vscode.overwrite')]: _dropped, ...older } = ru;
    assert.equal(tFromBundle(older, 'ru', 'vscode.overwrite'), 'Перезаписать');
    assert.equal(tFromBundle(undefined, 'ar', 'vscode.overwrite'), t('ar', 'vscode.overwrite'));
  });
});

describe('i18n: the manifest (package.nls*.json)', () => {
  const manifestText = fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8');
  const english: Record<string, string> = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'));
  const links = (text: string) => [...text.matchAll(/\]\((command:[\w.]+)\)/g)].map((m) => m[1]).sort();
  const codeSpans = (text: string) => [...text.matchAll(/`[^`]*`/g)].map((m) => m[0]).sort();

  it('has an English text for every %key% of package.json, and no unused one', () => {
    const used = [...new Set([...manifestText.matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]))].sort();
    assert.ok(used.length >= 15, `only ${used.length} placeholders`);
    assert.deepEqual(used.filter((key) => !(key in english)), [], 'placeholders without text');
    assert.deepEqual(Object.keys(english).filter((key) => !used.includes(key)).sort(), [], 'texts no placeholder uses');
  });

  it('names every command in the Command Palette through package.nls.json', () => {
    const manifest = JSON.parse(manifestText);
    for (const command of manifest.contributes.commands) assert.match(command.title, /^%command\.[\w]+\.title%$/, command.command);
  });

  for (const locale of MESSAGE_LOCALES.filter((l) => l !== 'en')) {
    it(`package.nls.${locale}.json translates every text, keeping its command links and code`, () => {
      const translated: Record<string, string> = JSON.parse(fs.readFileSync(path.join(ROOT, `package.nls.${locale}.json`), 'utf8'));
      assert.deepEqual(Object.keys(translated).sort(), Object.keys(english).sort());
      for (const key of Object.keys(english)) {
        assert.ok(translated[key].trim() !== '' && translated[key] !== english[key], `${key} is not translated`);
        assert.deepEqual(links(translated[key]), links(english[key]), `${key}: command links`);
        assert.deepEqual(codeSpans(translated[key]), codeSpans(english[key]), `${key}: code`);
        // A rule's default severity (generated into the English from the rule) must be the translation's too.
        const severity = /\(default: (\w+)\)$/.exec(english[key])?.[1];
        if (severity) assert.match(translated[key], new RegExp(`: ${severity}\\)$`), `${key}: the default severity is ${severity}`);
      }
    });
  }
});

describe('i18n: numbers in messages', () => {
  it('formats a number as ICU does, asked once or again, 0 and -0 each their own way', () => {
    for (const locale of ['en', 'ru', 'he', 'ar']) {
      const icu = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, numberingSystem: 'latn' });
      for (const value of [0, -0, 1, 2, 5, 21, 1000, 12345.678, -4800, 0, -0, 12345.678]) {
        assert.equal(formatCount(value, locale), icu.format(value), `${Object.is(value, -0) ? '-0' : value} in ${locale}`);
      }
    }
  });
});
