"use strict";

// The intranet build (--env officejs=local) serves office.js from the add-in's own host, copied
// from the @microsoft/office-js package. office.js finds the rest of itself next to its own URL
// and loads, for Word: word-<platform>-<version>.js (or o15apptofilemappingtable.js on Office
// 2013), <locale>/office_strings.js for Word's UI language (en-us when missing),
// telemetry/oteljs_agave.js (Office's own telemetry, handed to Word, not sent by the page), and
// AgaveErrorUX/ when a web host is not one it trusts. Only those files are copied: the package
// holds every Office application and the .debug.js twins, 86 MB in all.
const { existsSync, readdirSync, statSync } = require("node:fs");
const path = require("node:path");

function packageDist() {
  let pkg;
  try {
    pkg = require.resolve("@microsoft/office-js/package.json");
  } catch {
    throw new Error("--env officejs=local 需要 @microsoft/office-js：请先运行 npm install / --env officejs=local needs @microsoft/office-js: run npm install first");
  }
  return path.join(path.dirname(pkg), "dist");
}

/**
 * Files of the package to copy, as { from, to } paths relative to the package's dist/ and to
 * the office-js folder of the build. The package's agaveerrorux/ files are copied under the names
 * office.js and that page ask for (AgaveErrorUX/AgaveErrorUX.js…), which matters on servers
 * that respect case.
 */
function officeJsFiles(dist = packageDist()) {
  const files = [];
  const add = (from, to = from) => files.push({ from, to });
  for (const name of readdirSync(dist).sort()) {
    const full = path.join(dist, name);
    if (statSync(full).isDirectory()) {
      if (existsSync(path.join(full, "office_strings.js"))) add(`${name}/office_strings.js`);
      continue;
    }
    if (name.endsWith(".debug.js")) continue;
    if (name === "office.js" || name === "o15apptofilemappingtable.js" || /^word.*\.js$/.test(name)) add(name);
  }
  add("telemetry/oteljs_agave.js");
  const walk = (dir) => {
    for (const name of readdirSync(path.join(dist, dir)).sort()) {
      const rel = `${dir}/${name}`;
      if (statSync(path.join(dist, rel)).isDirectory()) walk(rel);
      else add(rel, rel.replace(/agaveerrorux/gi, "AgaveErrorUX"));
    }
  };
  walk("agaveerrorux");
  // Microsoft's licence allows redistributing office.js with the add-in; it travels along.
  add("../LICENSE.md", "LICENSE.md");
  for (const required of ["office.js", "en-us/office_strings.js", "zh-cn/office_strings.js", "word-win32-16.01.js", "word-web-16.00.js"]) {
    if (!files.some((f) => f.from === required)) throw new Error(`@microsoft/office-js: ${required} is missing from ${dist}`);
  }
  return files;
}

module.exports = { packageDist, officeJsFiles };
