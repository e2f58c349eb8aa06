// The VS Code suite: a real VS Code (code-server 4.100.3) on 127.0.0.1, driven by headless
// chromium. Extension-host modules (host/*.host.ts) run inside the real extension host and their
// results come back here as mocha tests; the UI tests use the workbench like a person.
import * as assert from 'node:assert/strict';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Mocha from 'mocha';
import type { Browser, Dialog, FrameLocator, Page } from 'playwright-core';
import { launchBrowser, workbenchUrl } from './harness/browser';
import { codeServerBinary, codeServerInstalled, startCodeServer, type CodeServer } from './harness/codeServer';
import { runHostModule, type HostRun } from './harness/hostRun';
import { cursorLine, hoverWord, panel, quickOpen, runCommand, waitForWorkbench, widenSideBar } from './harness/workbench';
import { scratch, SEED_DA, SEED_EN, SEED_US, seedsWorkspace, XSS_FILE, XSS_IMG, XSS_LINK, XSS_SCRIPT, xssWorkspace } from './fixtures';

const REPO = resolve(__dirname, '../../..');
// The extension host loads its test modules from a private copy: a concurrent `npm run build`
// empties out/test while this suite runs. Inside the repository, so `mocha` still resolves.
const HOST_MODULES = join(REPO, '.tmp', `vscode-host-${process.pid}`);
const SCREENSHOTS = process.env.NEWSLENS_SCREENSHOTS ?? join(REPO, 'screenshots');

/** Nothing from an article became markup in the webview: no images, links, handlers or extra scripts. */
async function assertInert(view: FrameLocator): Promise<void> {
  assert.equal(await view.locator('img').count(), 0, 'an <img> element was created from article text');
  assert.equal(await view.locator('a').count(), 0, 'a link was created from article text');
  assert.equal(await view.locator('[onerror], [onclick], [onload]').count(), 0, 'an inline event handler was created');
  const scripts = await view.locator('script').evaluateAll((els) => els.map((e) => `${e.getAttribute('src') ?? ''} ${e.textContent ?? ''}`));
  assert.equal(scripts.filter((s) => s.includes('webview.js')).length, 1);
  assert.ok(!scripts.some((s) => s.includes('alert(')), `a script from article text: ${scripts.join(' | ')}`);
}

/** Adds one mocha test per extension-host result to `suite` (they run right after the hook). */
function report(suite: Mocha.Suite, run: HostRun): void {
  for (const r of run.results) {
    const test = new Mocha.Test(r.title, () => {
      if (r.state === 'failed') throw new Error(r.error ?? 'failed in the extension host');
    });
    if (r.state === 'pending') test.pending = true;
    suite.addTest(test);
  }
}

function assertHostRun(run: HostRun, expectTests: number): void {
  const failed = run.results.filter((r) => r.state === 'failed').map((r) => r.title);
  const detail = `exit ${run.exit} after ${run.seconds.toFixed(1)} s; console:\n${run.console.slice(-20).join('\n')}`;
  assert.ok(run.results.length >= expectTests, `only ${run.results.length} extension-host results (expected ${expectTests}); ${detail}`);
  assert.equal(run.exit, failed.length === 0 ? 0 : 1, detail);
}

describe('VS Code (code-server + chromium)', function () {
  this.timeout(120_000);
  let browser: Browser;
  let root: string;

  before(async function () {
    assert.ok(codeServerInstalled(), `code-server or chromium is missing (${codeServerBinary()}): run bash scripts/setup.d/vscode.sh`);
    root = scratch();
    cpSync(join(__dirname, 'host'), HOST_MODULES, { recursive: true });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    rmSync(HOST_MODULES, { recursive: true, force: true });
    if (root && !process.env.NEWSLENS_KEEP_TMP) rmSync(root, { recursive: true, force: true });
  });

  describe('trusted workspace', function () {
    let server: CodeServer;
    let seeds: string;
    before(async () => {
      seeds = seedsWorkspace(root, REPO);
      server = await startCodeServer({ trusted: true });
    });
    after(async () => server?.stop());

    describe('extension host', function () {
      let run: HostRun;
      before(async function () {
        run = await runHostModule(browser, server, { repo: REPO, folder: seeds, module: join(HOST_MODULES, 'extension.host.js'), name: 'extension', timeoutMs: 100_000 });
        report(this.test!.parent!, run);
      });
      it('ran the extension-host suite to its end', () => assertHostRun(run, 15));
    });

    describe('user interface', function () {
      let page: Page;
      const dialogs: string[] = [];
      before(async () => {
        mkdirSync(SCREENSHOTS, { recursive: true });
        page = await (await browser.newContext({ viewport: { width: 1500, height: 900 } })).newPage();
        page.on('dialog', (d: Dialog) => {
          dialogs.push(d.message());
          void d.dismiss();
        });
        // A fresh copy: the extension-host window above edited (and restored) the seeds.
        await page.goto(workbenchUrl(server.url, seedsWorkspace(root, REPO), REPO));
        await waitForWorkbench(page);
        await widenSideBar(page, 720);
      });
      after(async () => page?.context().close());

      it('opens Compare Sources, shows the "first time" conflict row and jumps to 000 line 31 on click', async () => {
        await quickOpen(page, SEED_DA);
        await runCommand(page, 'NewsLens: Compare Sources');
        const view = panel(page);
        await view.locator('table.claims').waitFor({ timeout: 30_000 });
        // The row whose Danish cell holds the "første gange nogensinde" sentence.
        const cell = view.locator('tr.claim.conflict td.cell button[title*="nogensinde"]').first();
        await cell.waitFor({ timeout: 20_000 });
        await page.screenshot({ path: join(SCREENSHOTS, 'compare-sources.png') });
        await cell.click();
        await page.waitForFunction(() => /Ln 31,/.test(document.querySelector('#status\\.editor\\.selection')?.textContent ?? ''), undefined, { timeout: 10_000 });
        assert.equal(await cursorLine(page), 31);
        assert.match(await page.locator('.tab.active').innerText(), /000_64ff/);
      });

      it('opens a passage from the panel with the keyboard (Enter), and beside the editor with Ctrl+Enter', async () => {
        const view = panel(page);
        // The attribution conflict: the Danish cell on the line naming the defence ministry (000:3).
        const cell = view.locator('tr.claim.conflict td.cell.conflict button[title*="forsvarsministerium"]').first();
        await cell.focus();
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => /Ln (3|21),/.test(document.querySelector('#status\\.editor\\.selection')?.textContent ?? ''), undefined, { timeout: 10_000 });
        assert.equal(await page.locator('.editor-group-container').count(), 1);
        await cell.focus();
        await page.keyboard.press('Control+Enter');
        await page.locator('.editor-group-container').nth(1).waitFor({ timeout: 10_000 });
        await runCommand(page, 'View: Close All Editor Groups');
      });

      it('filters the claims to conflicts only', async () => {
        const view = panel(page);
        const all = await view.locator('tr.claim').count();
        await view.locator('#conflicts-only').check();
        const statuses = await view.locator('tr.claim').evaluateAll((rows) => rows.map((r) => r.className));
        assert.ok(statuses.length > 0 && statuses.length < all, `${statuses.length} of ${all} rows after filtering`);
        assert.ok(statuses.every((c) => c.includes('conflict')), statuses.join(', '));
        await view.locator('#conflicts-only').uncheck();
        assert.equal(await view.locator('tr.claim').count(), all);
      });

      it('lists entities × sources with mention counts and a timeline of dated events', async () => {
        const view = panel(page);
        const row = view.locator('table.entities tbody tr', { hasText: 'Council of Europe' }).first();
        await row.waitFor({ timeout: 10_000 });
        const counts = (await row.locator('td.count').allInnerTexts()).map(Number);
        assert.equal(counts.length, 3);
        assert.ok(counts.every((n) => n > 0), `Council of Europe counts per source: ${counts.join(', ')}`);
        const events = view.locator('ol.timeline li');
        assert.ok((await events.count()) > 0, 'the timeline is empty');
        // 24 February (000:17, 001:13) is a dated event of the story.
        assert.ok((await view.locator('ol.timeline .event-norm').allInnerTexts()).some((t) => t.includes('02-24')));
        await view.locator('#entities-heading').scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(SCREENSHOTS, 'compare-sources-entities.png') });
      });

      it('shows "story · N sources · M conflicts" in the status bar', async () => {
        await quickOpen(page, SEED_DA);
        const item = page.locator('.statusbar-item', { hasText: 'sources' }).first();
        await item.waitFor({ timeout: 10_000 });
        assert.match(await item.innerText(), /· 3 sources · \d+ conflicts?/);
      });

      it('shows the entity card when the mouse rests on "Europarådets"', async () => {
        await quickOpen(page, SEED_DA);
        await page.keyboard.press('Control+Home'); // line 1 at the top: the card opens below it, unclipped
        // The card names the entity in English and lists the other sources (a diagnostic hover would not).
        const text = await hoverWord(page, 'Europarådets', ['Council of Europe', SEED_EN, SEED_US]);
        await page.screenshot({ path: join(SCREENSHOTS, 'hover-entity.png') });
        assert.ok(text, 'no hover with "Council of Europe" appeared');
      });

      it('runs no dialogs', () => assert.deepEqual(dialogs, []));
    });

    describe('hostile article text', function () {
      let page: Page;
      let xss: string;
      const dialogs: string[] = [];
      before(async () => {
        xss = xssWorkspace(root, REPO);
        page = await (await browser.newContext({ viewport: { width: 1500, height: 900 } })).newPage();
        page.on('dialog', (d: Dialog) => {
          dialogs.push(d.message());
          void d.dismiss();
        });
        await page.goto(workbenchUrl(server.url, xss, REPO));
        await waitForWorkbench(page);
        await widenSideBar(page, 720);
        await quickOpen(page, XSS_FILE);
      });
      after(async () => page?.context().close());

      it('shows a file name with HTML as text in the panel and runs nothing', async () => {
        await runCommand(page, 'NewsLens: Compare Sources');
        const view = panel(page);
        await view.locator('th.source').first().waitFor({ timeout: 30_000 });
        const names = await view.locator('th.source .source-name').allInnerTexts();
        assert.ok(names.some((n) => n.includes(XSS_IMG)), `source names: ${names.join(' | ')}`);
        await assertInert(view);
      });

      it('shows script and javascript: text from a sentence as text in a claim cell', async () => {
        const view = panel(page);
        const titles = await view.locator('td.cell button').evaluateAll((els) => els.map((e) => e.getAttribute('title') ?? ''));
        const cell = titles.find((t) => t.includes(XSS_SCRIPT));
        assert.ok(cell, `no claim cell carries the payload sentence among ${titles.length} cells`);
        assert.ok(cell.includes(XSS_IMG) && cell.includes(XSS_LINK));
        await assertInert(view);
        await page.screenshot({ path: join(SCREENSHOTS, 'hostile-panel.png') });
      });

      it('keeps payloads as text in the editor hover', async () => {
        const text = await hoverWord(page, 'Council', ['Council of Europe', XSS_IMG]);
        await page.screenshot({ path: join(SCREENSHOTS, 'hostile-hover.png') });
        assert.ok(text, 'no hover showing the file name as text');
        assert.equal(await page.locator('.monaco-hover img').count(), 0);
        assert.equal(await page.locator('.monaco-hover a[href^="javascript:"]').count(), 0);
      });

      it('never opened a dialog', () => assert.deepEqual(dialogs, []));
    });
  });

  describe('Restricted Mode (untrusted workspace)', function () {
    let server: CodeServer;
    let run: HostRun;
    before(async function () {
      const seeds = seedsWorkspace(root, REPO);
      server = await startCodeServer({ trusted: false });
      run = await runHostModule(browser, server, { repo: REPO, folder: seeds, module: join(HOST_MODULES, 'restricted.host.js'), name: 'restricted', timeoutMs: 60_000 });
      report(this.test!.parent!, run);
    });
    after(async () => server?.stop());
    it('ran the Restricted Mode suite to its end', () => assertHostRun(run, 2));
  });
});
