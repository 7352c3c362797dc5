// Lighthouse on each address given, with its desktop preset, in one Chromium, one page after another (the test
// runs it: tests/e2e/test_lighthouse.py). Prints one JSON line per page: its address, each category's score out of 100,
// and the audits that fell short.
// Usage: CHROME_PATH=/usr/bin/chromium node lighthouse.mjs LIGHTHOUSE_FOLDER CHROMIUM_FLAGS_JSON URL...
import {createRequire} from "node:module";
import path from "node:path";
import {pathToFileURL} from "node:url";

const [given, flags, ...urls] = process.argv.slice(2);
const folder = path.resolve(given);
const load = async file => (await import(pathToFileURL(file))).default ?? (await import(pathToFileURL(file)));
const lighthouse = await load(path.join(folder, "core/index.js"));
const desktop = await load(path.join(folder, "core/config/desktop-config.js"));
const launcher = createRequire(path.join(folder, "package.json")).resolve("chrome-launcher");  // Lighthouse's own
const {launch} = await import(pathToFileURL(launcher));
const categories = ["performance", "accessibility", "best-practices", "seo"];
// The audits of weight 0 (diagnostics, manual checks, insights) count in no category's score: skipped, with the
// gatherers only they need: the scores are the same, for less work in each page's run.
const defaults = await load(path.join(folder, "core/config/default-config.js"));
const unweighted = categories.flatMap(id => defaults.categories[id].auditRefs.filter(ref => !ref.weight)
  .map(ref => ref.id));
const config = {...desktop, settings: {...desktop.settings, skipAudits: unweighted}};

const chrome = await launch({chromeFlags: ["--headless=new", ...JSON.parse(flags)]});
try {
  for (const url of urls) {
    const options = {port: chrome.port, logLevel: "error", onlyCategories: categories, disableFullPageScreenshot: true};
    const {lhr} = await lighthouse(url, options, config);
    const scores = Object.fromEntries(categories.map(id => [id, Math.round((lhr.categories[id].score ?? 0) * 100)]));
    const short = categories.flatMap(id => lhr.categories[id].auditRefs
      .filter(ref => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
      .map(ref => `${id}: ${ref.id} (${lhr.audits[ref.id].displayValue || lhr.audits[ref.id].title})`));
    console.log(JSON.stringify({url, scores, short, error: lhr.runtimeError?.message ?? null}));
  }
} finally {
  await chrome.kill();
}
