"use strict";

// The manifest for a host: manifest.xml in the repo points at the dev server,
// https://localhost:3000/; `npm run build -- --env host=https://…/` writes dist/manifest.xml with
// every URL pointing at that host instead. Pure functions, so test/unit/manifest.test.ts checks a
// generated manifest without a webpack run.
const { readFileSync } = require("node:fs");
const path = require("node:path");

const DEFAULT_HOST = "https://localhost:3000/";
const MANIFEST = path.resolve(__dirname, "..", "manifest.xml");

/**
 * The host URL as the manifest needs it: https (Office loads add-ins over https only), no query,
 * fragment or credentials, ending in "/" so that page names can be appended. Throws with a
 * message in Chinese and English when the URL cannot serve.
 */
function normalizeHost(host) {
  const refuse = (why) => {
    throw new Error(`--env host=${host}: ${why}\n  示例 / Example: --env host=https://addins.example.gov.cn/duizhao/`);
  };
  let url;
  try {
    url = new URL(String(host));
  } catch {
    return refuse("不是完整的网址 / not an absolute URL");
  }
  if (url.protocol !== "https:") refuse("必须以 https:// 开头，Office 只从 https 加载加载项 / must start with https://: Office loads add-ins over https only");
  if (url.username || url.password) refuse("不能包含用户名或密码 / must not hold a user name or password");
  if (url.search || url.hash) refuse("不能包含 ? 或 # 之后的部分 / must not hold a query (?) or fragment (#)");
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.href;
}

function escapeXml(s) {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]);
}

/**
 * manifest.xml with every URL on the dev server moved to `host`. Only attribute values are
 * rewritten (every URL of the manifest is one); the comments keep describing the repo's copy.
 */
function manifestFor(host = DEFAULT_HOST, xml = readFileSync(MANIFEST, "utf8")) {
  const base = normalizeHost(host);
  return xml.replace(/="https:\/\/localhost:3000\/([^"]*)"/g, (_, rest) => `="${escapeXml(base)}${rest}"`);
}

module.exports = { DEFAULT_HOST, MANIFEST, normalizeHost, manifestFor };
