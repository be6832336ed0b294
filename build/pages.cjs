"use strict";

// What the webpack build emits into dist/ and what the dev server serves at
// https://localhost:3000/. webpack.config.js builds these pages and copies assetsDir;
// test/unit/manifest.test.ts checks every manifest URL against this list.
module.exports = {
  pages: ["taskpane.html", "commands.html", "preview.html"],
  assetsDir: "assets",
};
