// How a document is printed (src/core/render/print.ts) and which browser prints it (src/pdf/browser.ts); the
// printing itself, with a real Chromium and poppler, is test/ui/pdf.test.mjs.
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkText } from '../../src/core/check';
import { modelOf, paperFor, printSettings } from '../../src/core/render';
import { findBrowser } from '../../src/pdf/browser';

describe('print settings', () => {
  it('prints on A4, and on Letter where the locale names a Letter country', () => {
    for (const lang of ['en', 'ru', 'he', 'ar', 'en-GB', 'ar-SA', 'he-IL', 'ru-RU', 'fr', 'not a tag']) assert.equal(paperFor(lang), 'A4', lang);
    for (const lang of ['en-US', 'es-MX', 'fr-CA', 'en-PH']) assert.equal(paperFor(lang), 'Letter', lang);
    assert.equal(paperFor('en-US', 'A4'), 'A4');
    assert.equal(paperFor('ru', 'Letter'), 'Letter');
  });

  it("writes a footer with the title escaped and the page count in the document's language and direction", () => {
    const text = 'kind: proposal\nlocale: ar\ntitle: "<img src=x onerror=alert(1)> عرض"\nclient: { name: A }\n';
    const settings = printSettings(modelOf(checkText(text, { fileName: 'x.proposal.yaml' }))!);
    assert.equal(settings.paper, 'A4');
    assert.deepEqual([settings.width, settings.height], [8.27, 11.69]);
    assert.match(settings.footer, /dir="rtl"/);
    assert.match(settings.footer, /&lt;img src=x onerror=alert\(1\)&gt; عرض/);
    assert.doesNotMatch(settings.footer, /<img/);
    assert.match(settings.footer, /صفحة <span class="pageNumber"><\/span> من <span class="totalPages"><\/span>/);
    assert.equal(settings.title, '<img src=x onerror=alert(1)> عرض');
    assert.equal(settings.lang, 'ar');
  });
});

describe('finding the browser that prints', () => {
  let folder: string;
  let browser: string;

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-browser-'));
    browser = path.join(folder, 'chromium');
    fs.writeFileSync(browser, '#!/bin/sh\n');
    fs.chmodSync(browser, 0o755);
  });

  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('takes the path the user gave (setting, then PROPOSAL_STUDIO_BROWSER, then CHROME_PATH) and only that', () => {
    assert.equal(findBrowser({ configured: browser, env: {}, platform: 'linux' }).executable, browser);
    assert.equal(findBrowser({ env: { PROPOSAL_STUDIO_BROWSER: browser }, platform: 'linux' }).executable, browser);
    assert.equal(findBrowser({ env: { CHROME_PATH: browser }, platform: 'linux' }).executable, browser);
    const missing = path.join(folder, 'nothing');
    assert.deepEqual(findBrowser({ configured: missing, env: { PATH: folder }, platform: 'linux' }), { executable: undefined, tried: [missing] });
  });

  it('finds chromium on the PATH after the usual places, and never a file it cannot run', () => {
    const found = findBrowser({ env: { PATH: `/nonexistent:${folder}` }, platform: 'linux' });
    assert.ok(found.tried.indexOf(browser) > found.tried.indexOf('/usr/bin/chromium'), found.tried.join('\n'));
    // The usual place wins when this machine has a browser there (scripts/setup.sh installs Debian's chromium).
    const usual = found.tried.slice(0, found.tried.indexOf(browser)).find((candidate) => fs.existsSync(candidate));
    assert.equal(found.executable, usual ?? browser);
    fs.chmodSync(browser, 0o644);
    assert.equal(findBrowser({ configured: browser, env: {}, platform: 'linux' }).executable, undefined);
  });

  it('looks where Chrome and Edge install on Windows and macOS', () => {
    const windows = findBrowser({ env: { PROGRAMFILES: 'C:\\Program Files' }, platform: 'win32' }).tried;
    assert.ok(windows.includes('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'), windows.join('\n'));
    assert.ok(windows.includes('C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe'));
    const mac = findBrowser({ env: {}, platform: 'darwin' }).tried;
    assert.ok(mac.includes('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'));
  });
});
