// A brief or proposal to PDF, printed by a Chromium-family browser already on the machine (browser.ts), from the
// same self-contained page the HTML export writes. Scripts are off in the page and every request is refused, on
// top of the page's own Content-Security-Policy; the PDF then gets its title, subject and language.
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import type { PrintSettings } from '../core/render/print';
import { Browser } from './cdp';

export { findBrowser } from './browser';

export interface PrintOptions {
  /** Gives up after this long (a browser that hangs, a page that never settles). */
  timeoutMs?: number;
  /**
   * An expression evaluated in the page once it is laid out, before printing, and returned: the test suite asks
   * whether any payload of its hostile corpus ran. Nothing else uses it.
   */
  probe?: string;
  /**
   * Leaves the page's scripts to its own Content-Security-Policy alone: the test suite prints its hostile corpus this
   * way too, to show the CSP by itself stops every payload. Printing never sets it.
   */
  cspOnly?: boolean;
}

export async function printPdf(executable: string, html: string, settings: PrintSettings, options: PrintOptions = {}): Promise<{ pdf: Uint8Array; probe?: unknown }> {
  const browser = Browser.launch(executable);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the browser did not print within ${Math.round((options.timeoutMs ?? 60_000) / 1000)} s`)), options.timeoutMs ?? 60_000);
  });
  try {
    const printed = await Promise.race([print(browser, html, settings, options), timeout]);
    return { pdf: await withMetadata(printed.pdf, settings), probe: printed.probe };
  } finally {
    clearTimeout(timer);
    await browser.close();
  }
}

async function print(browser: Browser, html: string, settings: PrintSettings, { probe, cspOnly }: PrintOptions): Promise<{ pdf: Uint8Array; probe?: unknown }> {
  const { targetId } = (await browser.send('Target.createTarget', { url: 'about:blank' })) as { targetId: string };
  const { sessionId } = (await browser.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
  const page = (method: string, params?: Record<string, unknown>) => browser.send(method, params, sessionId);
  await page('Page.enable');
  await page('Network.enable');
  // The page is one file with its images inline: nothing may be fetched, from the web or the disk.
  await page('Network.setBlockedURLs', { urls: ['http://*', 'https://*', 'file://*', 'ftp://*', 'ws://*', 'wss://*'] });
  if (!cspOnly) await page('Emulation.setScriptExecutionDisabled', { value: true });
  const { frameTree } = (await page('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  await page('Page.setDocumentContent', { frameId: frameTree.frame.id, html });
  // Fonts (Hebrew, Arabic, Cyrillic) are laid out before the page is printed.
  await page('Runtime.evaluate', { expression: 'document.fonts.ready.then(() => true)', awaitPromise: true });
  const probed = probe === undefined ? undefined : ((await page('Runtime.evaluate', { expression: probe, returnByValue: true })) as { result?: { value?: unknown } }).result?.value;
  const { data } = (await page('Page.printToPDF', {
    paperWidth: settings.width,
    paperHeight: settings.height,
    marginTop: settings.margin.top,
    marginBottom: settings.margin.bottom,
    marginLeft: settings.margin.left,
    marginRight: settings.margin.right,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: settings.header,
    footerTemplate: settings.footer,
    preferCSSPageSize: false,
    generateDocumentOutline: true,
    generateTaggedPDF: true,
  })) as { data: string };
  return { pdf: Uint8Array.from(Buffer.from(data, 'base64')), probe: probed };
}

async function withMetadata(bytes: Uint8Array, settings: PrintSettings): Promise<Uint8Array> {
  const document = await PDFDocument.load(bytes, { updateMetadata: false });
  document.setTitle(settings.title, { showInWindowTitleBar: true });
  document.setSubject(settings.subject);
  if (settings.author) document.setAuthor(settings.author);
  document.setCreator('Proposal Studio');
  document.catalog.set(PDFName.of('Lang'), PDFString.of(settings.lang));
  return document.save({ useObjectStreams: false });
}
