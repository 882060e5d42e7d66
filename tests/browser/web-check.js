#!/usr/bin/env node
// Drive `inclusive-lint serve` in headless Chromium like a person would: open the upload page,
// reach every control with Tab, choose a document, submit with the keyboard, read the results,
// download the annotated copy and the annex, open a rule page; axe-core (WCAG 2.x A/AA) on each
// page. Runs twice: with JavaScript on and off.
// Usage: node web-check.js BASE_URL DOCUMENT DOWNLOAD_DIR   -> JSON on stdout.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const puppeteer = require('puppeteer-core');

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function axe(page, source) {
  await page.evaluate(source);    // through the debugger protocol: no CSP applies, even with JS off
  return page.evaluate(async (tags) => {
    const res = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return res.violations.map((r) => ({ id: r.id, impact: r.impact, help: r.help,
      nodes: r.nodes.slice(0, 3).map((n) => ({ target: n.target, summary: n.failureSummary })) }));
  }, WCAG_TAGS);
}

// Press Tab until focus comes back round; returns what was focused and what could be.
async function tabAll(page) {
  const focusable = await page.evaluate(() => {
    // a radio group is one Tab stop (its checked button); arrow keys move inside it
    const els = Array.from(document.querySelectorAll('a[href], input, button, select, textarea'))
      .filter((el) => !(el.type === 'radio' && !el.checked && document.querySelector(
        'input[type=radio][name="' + el.name + '"]:checked')));
    els.forEach((el, i) => el.setAttribute('data-k', String(i)));
    window.__seen = [];
    document.addEventListener('focusin', (e) => {
      const s = getComputedStyle(e.target);
      const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
      window.__seen.push({ k: e.target.getAttribute('data-k'), visible, tag: e.target.tagName });
    });
    return els.length;
  });
  for (let i = 0; i < focusable + 4; i++) await page.keyboard.press('Tab');
  const seen = await page.evaluate(() => window.__seen);
  const reached = new Set(seen.filter((s) => s.k !== null).map((s) => s.k));
  return { focusable, reached: reached.size, unstyled: seen.filter((s) => !s.visible && s.k !== null).length };
}

async function waitForFile(dir, before, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const now = fs.readdirSync(dir).filter((f) => !before.has(f) && !f.endsWith('.crdownload'));
    if (now.length) return now[0];
    await new Promise((r) => setTimeout(r, 200));
  }
  return null;
}

async function run(browser, base, doc, downloadDir, js, axeSource) {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(js);
  await page.setBypassCSP(true);     // so that axe can be injected; the headers are tested in Python
  const client = await page.createCDPSession();
  fs.mkdirSync(downloadDir, { recursive: true });
  await client.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloadDir });
  const out = { js };
  const consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  await page.goto(base + '/', { waitUntil: 'load' });
  out.upload_title = await page.title();
  // With JavaScript off the page's timers never fire, so axe (async) and the focus log run only
  // with it on; the pages are the same HTML either way.
  if (js) {
    out.upload_axe = await axe(page, axeSource);
    await page.reload({ waitUntil: 'load' });       // drop axe before the keyboard walk
    out.upload_keyboard = await tabAll(page);
  }
  if (js) {     // arrow keys move through the fail-level radio group
    await page.focus('input[type=radio]:checked');
    await page.keyboard.press('ArrowDown');
    out.radio_after_arrow = await page.evaluate(() => document.querySelector('input[type=radio]:checked').value);
    await page.keyboard.press('ArrowUp');
  }
  const input = await page.$('input[type=file]');
  await input.uploadFile(doc);
  // submit from the keyboard: Tab to the button, press Enter
  await page.focus('input[type=file]');
  let onButton = false;
  for (let i = 0; i < 20 && !onButton; i++) {
    await page.keyboard.press('Tab');
    onButton = await page.evaluate(() => document.activeElement && document.activeElement.id === 'submit');
  }
  out.reached_submit = onButton;
  const started = Date.now();
  await Promise.all([page.waitForNavigation({ waitUntil: 'load', timeout: 240000 }), page.keyboard.press('Enter')]);
  out.seconds = (Date.now() - started) / 1000;
  out.results_title = await page.title();
  out.results_text = await page.evaluate(() => document.body.innerText);
  out.links = await page.evaluate(() => Array.from(document.querySelectorAll('a[href^="/download/"]'))
    .map((a) => ({ href: a.getAttribute('href'), text: a.textContent })));
  out.rule_links = await page.evaluate(() => Array.from(document.querySelectorAll('a[href^="/rules/"]'))
    .map((a) => a.getAttribute('href')));
  if (js) out.results_axe = await axe(page, axeSource);
  out.downloads = {};
  for (const kind of ['annotated', 'annex']) {
    const link = out.links.find((l) => l.href.endsWith('/' + kind));
    if (!link) continue;
    const before = new Set(fs.readdirSync(downloadDir));
    await page.evaluate((href) => { document.querySelector('a[href="' + href + '"]').focus(); }, link.href);
    await page.keyboard.press('Enter');      // follow the link from the keyboard
    out.downloads[kind] = await waitForFile(downloadDir, before, 30000);
  }
  if (out.rule_links.length) {
    await page.goto(base + out.rule_links[0], { waitUntil: 'load' });
    out.rule_title = await page.title();
    out.rule_text = await page.evaluate(() => document.body.innerText);
    if (js) {
      out.rule_axe = await axe(page, axeSource);
      await page.reload({ waitUntil: 'load' });
      out.rule_keyboard = await tabAll(page);
    }
  }
  out.console_errors = consoleErrors;
  await page.close();
  return out;
}

async function main() {
  const [base, doc, downloadDir] = process.argv.slice(2);
  if (!downloadDir) { console.error('usage: web-check.js BASE_URL DOCUMENT DOWNLOAD_DIR'); process.exit(2); }
  const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'il-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--user-data-dir=' + profile],
    timeout: 60000,
  });
  try {
    const runs = [];
    runs.push(await run(browser, base, doc, path.join(downloadDir, 'js'), true, axeSource));
    runs.push(await run(browser, base, doc, path.join(downloadDir, 'nojs'), false, axeSource));
    process.stdout.write(JSON.stringify({ browser: await browser.version(), runs }, null, 1) + '\n');
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((e) => { console.error(e && e.stack || String(e)); process.exit(1); });
