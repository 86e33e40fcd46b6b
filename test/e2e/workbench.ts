// What a user does in the VS Code web workbench, as Playwright steps that wait for UI state.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { outputDir } from './paths';
import { waitFor } from './waitFor';

const UI_TIMEOUT = 60_000;

export async function openWorkbench(page: Page, origin: string, folder: string): Promise<void> {
  await page.goto(`${origin}/?folder=${encodeURIComponent(folder)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(outputDir, { recursive: true });
  const file = join(outputDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Clicks a top-level file in the Explorer and waits for its editor tab to be active. */
export async function openFromExplorer(page: Page, name: string): Promise<void> {
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first().click();
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: UI_TIMEOUT });
  await activeEditor(page).locator('.view-lines').waitFor({ timeout: UI_TIMEOUT });
}

export function activeEditor(page: Page): Locator {
  return page.locator('.editor-group-container.active .monaco-editor').first();
}

/** The visible text of the active editor (Monaco renders spaces as non-breaking ones). */
export async function editorText(page: Page): Promise<string> {
  const text = await activeEditor(page).locator('.view-lines').innerText();
  return text.replace(/\u00a0/g, ' ');
}

export async function focusEditor(page: Page): Promise<void> {
  await activeEditor(page).locator('.view-lines').click();
}

/** Opens the Problems panel (Ctrl+Shift+M) and returns the text of its rows once `match` is among them. */
export async function problems(page: Page, match: RegExp, timeoutMs = UI_TIMEOUT): Promise<string[]> {
  const panel = page.locator('.markers-panel');
  if (!(await panel.isVisible())) await page.keyboard.press('Control+Shift+M');
  await panel.waitFor({ timeout: UI_TIMEOUT });
  const rows = panel.locator('.monaco-list-row');
  await rows.filter({ hasText: match }).first().waitFor({ timeout: timeoutMs });
  return (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
}

/** "File: Save All" from the palette whenever an editor is dirty, until `saved()` holds: the edits of a
 * fix or a paste reach other files (.env, .gitignore) too, sometimes a moment after the visible one.
 * (Ctrl+K S saved only the active editor here, with the paste widget showing.) */
export async function saveAllUntil(page: Page, saved: () => boolean | undefined, what: string): Promise<void> {
  await waitFor(
    async () => {
      if (saved()) return true;
      if ((await page.locator('.tabs-container .tab.dirty').count()) > 0) await runCommand(page, 'File: Save All');
      return saved();
    },
    { timeoutMs: UI_TIMEOUT, what, intervalMs: 250 },
  );
}

/** Runs a command from the palette (F1) by its title, as a user types it. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: UI_TIMEOUT });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: UI_TIMEOUT });
  await page.keyboard.press('Enter');
}

function actionMenu(page: Page): Locator {
  return page.locator('.action-widget').first();
}

/** Ctrl+. on the cursor's problem. The first press can land before the editor has the code actions of
 * the position (the menu then never opens), so the key is pressed again until the menu shows or the
 * deadline passes. */
export async function openQuickFixMenu(page: Page): Promise<Locator> {
  const deadline = Date.now() + UI_TIMEOUT;
  for (;;) {
    // Pressed again only while no menu shows: a second Ctrl+. into a menu that was still opening (a loaded
    // machine) applied its first action once, and the test then looked for a fix that had already run.
    if (!(await actionMenu(page).isVisible())) await page.keyboard.press('Control+.');
    try {
      await actionMenu(page).waitFor({ timeout: 15_000 });
      return actionMenu(page);
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
  }
}

/** With a code action menu open (after Ctrl+.), moves the selection with the keyboard to `title` and applies it. */
export async function pickCodeAction(page: Page, title: RegExp): Promise<string> {
  const menu = actionMenu(page);
  await menu.waitFor({ timeout: UI_TIMEOUT });
  const rows = menu.locator('.monaco-list-row.action');
  await rows.filter({ hasText: title }).first().waitFor({ timeout: UI_TIMEOUT });
  const count = await rows.count();
  for (let i = 0; i <= count; i++) {
    const focused = (
      await menu
        .locator('.monaco-list-row.action.focused')
        .innerText()
        .catch(() => '')
    ).trim();
    if (title.test(focused)) {
      await page.keyboard.press('Enter');
      await menu.waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
      return focused;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no code action matching ${title} could be selected`);
}
