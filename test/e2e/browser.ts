// Debian's Chromium driven by playwright-core (Playwright's own browser download is not reachable).
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { chromiumPath } from './paths';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: ARGS, timeout: 60_000 });
}

/** A context sized like a laptop screen, with clipboard access for the paste step. */
export async function newContext(browser: Browser, origin: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  return context;
}
