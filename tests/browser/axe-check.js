#!/usr/bin/env node
// Load each HTML report in headless Chromium, note anything that ran (dialogs, window.__pwned,
// script elements, on* handlers), then inject axe-core and run the WCAG 2.x A/AA rules.
// Usage: node axe-check.js FILE.html [FILE.html ...]   -> JSON on stdout.
// One browser launch for all files. CHROMIUM overrides /usr/bin/chromium.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');
const puppeteer = require('puppeteer-core');

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function checkPage(browser, file, axeSource) {
  const page = await browser.newPage();
  const dialogs = [];
  const consoleErrors = [];
  page.on('dialog', async (d) => { dialogs.push(d.type() + ': ' + d.message()); await d.dismiss(); });
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  const requests = [];
  page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url()); });
  // Bypass the report's own Content-Security-Policy so that escaping, not CSP, is what is tested,
  // and so that axe can be injected.
  await page.setBypassCSP(true);
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(pathToFileURL(path.resolve(file)).href, { waitUntil: 'load', timeout: 30000 });
  await new Promise((r) => setTimeout(r, 150));
  const dom = await page.evaluate(() => {
    let handlers = 0;
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) if (a.name.toLowerCase().startsWith('on')) handlers++;
    }
    return {
      pwned: window.__pwned === undefined ? null : String(window.__pwned),
      scripts: document.querySelectorAll('script').length,
      images: document.querySelectorAll('img').length,
      iframes: document.querySelectorAll('iframe, object, embed').length,
      handlers,
      lang: document.documentElement.lang,
      title: document.title,
      headings: Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6')).map((h) => Number(h.tagName[1])),
      text: document.body.innerText,
    };
  });
  await page.addScriptTag({ content: axeSource });
  const axe = await page.evaluate(async (tags) => {
    const res = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] });
    const brief = (r) => ({ id: r.id, impact: r.impact, help: r.help, nodes: r.nodes.slice(0, 5).map((n) => ({ target: n.target, html: n.html.slice(0, 200), summary: n.failureSummary })) });
    const bp = await window.axe.run(document, { runOnly: { type: 'tag', values: ['best-practice'] } });
    return {
      violations: res.violations.map(brief),
      incomplete: res.incomplete.map((r) => r.id),
      passes: res.passes.length,
      best_practice: bp.violations.map(brief),
      version: window.axe.version,
    };
  }, WCAG_TAGS);
  const keyboard = await tabThrough(page);
  await page.emulateMediaType('print');
  const print = await page.evaluate(() => ({
    toc: getComputedStyle(document.querySelector('nav')).display,
    mark_background: getComputedStyle(document.querySelector('mark') || document.body).backgroundColor,
  }));
  await page.close();
  return { file, dialogs, console_errors: consoleErrors, requests, ...dom, axe, keyboard, print };
}

// Press Tab through the page: every link must be reached, each with a visible focus style.
// A focusin listener records each stop, so the key presses need no round trip each.
async function tabThrough(page) {
  const links = await page.evaluate(() => {
    window.__focusLog = [];
    document.querySelectorAll('a[href]').forEach((a, i) => a.setAttribute('data-k', String(i)));
    document.addEventListener('focusin', (e) => {
      const el = e.target;
      const s = getComputedStyle(el);
      const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
      window.__focusLog.push({ k: el.getAttribute('data-k'), text: el.textContent.trim().slice(0, 40), visible });
    });
    return document.querySelectorAll('a[href]').length;
  });
  for (let i = 0; i < links + 3; i++) await page.keyboard.press('Tab');
  const log = await page.evaluate(() => window.__focusLog);
  const reached = new Set(log.filter((x) => x.k !== null).map((x) => x.k));
  return { links, reached: reached.size, first: log.length ? log[0].text : null,
    unstyled: log.filter((x) => !x.visible).map((x) => x.text) };
}

async function main() {
  const files = process.argv.slice(2);
  if (!files.length) { console.error('usage: axe-check.js FILE.html ...'); process.exit(2); }
  const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'il-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--user-data-dir=' + profile],
    timeout: 60000,
  });
  try {
    const pages = [];
    for (const f of files) pages.push(await checkPage(browser, f, axeSource));
    process.stdout.write(JSON.stringify({ browser: await browser.version(), pages }, null, 1) + '\n');
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((e) => { console.error(e && e.stack || String(e)); process.exit(1); });
