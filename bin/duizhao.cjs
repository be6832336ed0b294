#!/usr/bin/env node
"use strict";
const path = require("node:path");
const fs = require("node:fs");

const bundle = path.join(__dirname, "..", "dist-cli", "duizhao.cjs");
if (!fs.existsSync(bundle)) {
  process.stderr.write("命令行工具尚未构建，请先运行 npm install 或 npm run build。\nThe CLI is not built yet: run npm install or npm run build.\n");
  process.exit(2);
}
require(bundle);
