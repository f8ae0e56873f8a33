// Debian's Chromium driven by playwright-core (Playwright's own browser download is not reachable here).
import { chromium } from 'playwright-core';
import { onInterrupt } from './processes.mjs';

// Without the background-networking flags Chromium keeps trying hosts this closed network refuses.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches headless Chromium; close() it when done (a signal or exit closes it too). */
export async function launchChromium() {
  const browser = await chromium.launch({
    executablePath: process.env.PROPOSAL_STUDIO_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    // processes.mjs handles signals, so that code-server is stopped too; Playwright still kills Chromium on exit.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const unregister = onInterrupt(() => browser.close());
  browser.once('disconnected', unregister);
  return browser;
}

/** Opens a page with a viewport big enough for editor, panel and status bar to show in screenshots. */
export async function openPage(browser) {
  return browser.newPage({ viewport: { width: 1400, height: 900 } });
}
