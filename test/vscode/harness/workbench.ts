// Driving the VS Code workbench in the browser like a person: quick open, command palette,
// hovering a word, reading the Compare Sources webview (two iframes deep).
import type { FrameLocator, Page } from 'playwright-core';

export async function waitForWorkbench(page: Page): Promise<void> {
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
}

export async function quickOpen(page: Page, fileName: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(fileName);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: fileName.slice(0, 20) }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tab.active', { hasText: fileName.slice(0, 20) }).waitFor();
  await page.waitForSelector('.editor-instance .view-line');
}

export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

/** The Compare Sources webview's document (VS Code nests webviews two iframes deep). */
export function panel(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

/** Pixel centre of the first occurrence of `word` in the visible editor lines (Monaco draws a line as spans). */
export async function wordCentre(page: Page, word: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((w) => {
    const editor = document.querySelector('.editor-instance .monaco-scrollable-element.editor-scrollable')?.getBoundingClientRect();
    for (const span of Array.from(document.querySelectorAll('.editor-instance .view-line span span'))) {
      const i = (span.textContent ?? '').indexOf(w);
      if (i < 0 || !span.firstChild) continue;
      const r = document.createRange();
      r.setStart(span.firstChild, i);
      r.setEnd(span.firstChild, i + w.length);
      const b = r.getBoundingClientRect();
      // Long lines run past the editor's right edge: only a word a person can see counts.
      if (editor && (b.right > editor.right || b.left < editor.left || b.bottom > editor.bottom)) continue;
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    }
    return null;
  }, word);
}

/** Hovers `word` until a visible hover contains every expected string; returns the hover's text. */
export async function hoverWord(page: Page, word: string, expected: string[], attempts = 8): Promise<string | null> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const p = await wordCentre(page, word);
    if (!p) throw new Error(`"${word}" is not visible in the editor`);
    await page.mouse.move(p.x - 4, p.y);
    await page.mouse.move(p.x, p.y, { steps: 2 });
    try {
      const hover = await page.waitForFunction(
        (exp) => {
          const h = Array.from(document.querySelectorAll<HTMLElement>('.monaco-hover')).find((e) => e.offsetParent !== null && !e.classList.contains('hidden'));
          return h && exp.every((s) => h.innerText.includes(s)) ? h.innerText : null;
        },
        expected,
        { timeout: 2500 },
      );
      const text = (await hover.jsonValue()) as string;
      // The hover fades in; wait for it to be opaque so a screenshot shows what a person reads.
      await page
        .waitForFunction(() => {
          const h = Array.from(document.querySelectorAll<HTMLElement>('.monaco-hover')).find((e) => e.offsetParent !== null);
          return !!h && Number(getComputedStyle(h.closest('.monaco-resizable-hover') ?? h).opacity) >= 1 && Number(getComputedStyle(h).opacity) >= 1;
        }, undefined, { timeout: 2000 })
        .catch(() => undefined);
      return text;
    } catch {
      await page.mouse.move(5, 5); // leave the word so the next move opens a fresh hover
    }
  }
  return null;
}

/** "Ln 31, Col 1" from the status bar. */
export async function cursorLine(page: Page): Promise<number | null> {
  const text = await page.locator('#status\\.editor\\.selection').innerText().catch(() => '');
  const m = /Ln (\d+)/.exec(text);
  return m ? Number(m[1]) : null;
}

/** Drags the side bar's edge so that it is `width` pixels wide (room for the panel's columns). */
export async function widenSideBar(page: Page, width: number): Promise<void> {
  const box = await page.locator('.part.sidebar').boundingBox();
  if (!box) return;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width + 1, y);
  await page.mouse.down();
  await page.mouse.move(box.x + width, y, { steps: 4 });
  await page.mouse.up();
}
