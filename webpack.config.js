const path = require("node:path");
const fs = require("node:fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { Compilation } = require("webpack");
const { assetsDir, pageSpecs, renderPage, officeJsUrl, unsupportedBrowser, OFFICE_JS_DIR } = require("./build/pages.cjs");
const { DEFAULT_HOST, manifestFor, normalizeHost } = require("./build/manifest.cjs");
const { officeJsFiles, packageDist } = require("./build/officejs.cjs");

const certDir = path.join(__dirname, "certs");

/**
 * Source maps are made (hidden: the bundles do not name them) and written beside the output,
 * in <out>-maps/, not into it: dist/ holds only what the server serves.
 */
class MapsBesideOutput {
  constructor(dir) {
    this.dir = dir;
  }
  apply(compiler) {
    const maps = new Map();
    compiler.hooks.thisCompilation.tap("MapsBesideOutput", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "MapsBesideOutput", stage: Compilation.PROCESS_ASSETS_STAGE_ANALYSE }, (assets) => {
        for (const name of Object.keys(assets).filter((n) => n.endsWith(".map"))) {
          maps.set(name, compilation.getAsset(name).source.buffer());
          compilation.deleteAsset(name);
        }
      });
    });
    compiler.hooks.afterEmit.tap("MapsBesideOutput", () => {
      fs.rmSync(this.dir, { recursive: true, force: true });
      for (const [name, buffer] of maps) {
        fs.mkdirSync(path.dirname(path.join(this.dir, name)), { recursive: true });
        fs.writeFileSync(path.join(this.dir, name), buffer);
      }
      maps.clear();
    });
  }
}

/**
 * Three pages: the task pane and the ribbon's function file (both load office.js), and the
 * preview page, which runs the same pane on the simulated Word. Options (--env name=value):
 *   host=https://…/   the URL dist/ will be served at: dist/manifest.xml points there
 *                      (default https://localhost:3000/, the dev server)
 *   officejs=local    intranet build: office.js from this host (dist/office-js/, copied from
 *                      @microsoft/office-js) instead of Microsoft's CDN (officejs=cdn, default)
 *   http              plain http dev server (the preview and the browser tests need no certificate)
 *   out=DIR           output folder (default dist); source maps go to DIR-maps
 */
module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const https = !env.http && fs.existsSync(path.join(certDir, "localhost.crt"));
  const officeJs = env.officejs || "cdn";
  let host;
  try {
    host = normalizeHost(env.host || DEFAULT_HOST);
    officeJsUrl(officeJs); // refuses anything but cdn and local
  } catch (error) {
    // A wrong option is the user's to fix: the message, not a stack trace.
    console.error(error.message);
    process.exit(2);
  }
  const port = Number(process.env.PORT || 3000);
  // webpack-cli sets WEBPACK_SERVE for `webpack serve`: only then may the page open the dev
  // server's WebSocket.
  const devServer = env.WEBPACK_SERVE ? { port } : null;
  const out = path.resolve(__dirname, env.out || "dist");
  return {
    mode: production ? "production" : "development",
    devtool: production ? "hidden-source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      preview: "./src/preview/index.tsx",
    },
    output: {
      path: out,
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, loader: "esbuild-loader", options: { target: "es2017", jsx: "automatic" } },
        // Word 2019 and 2021 on Windows 10 may show the pane in the old Edge (EdgeHTML 18)
        // webview, which cannot parse ?. and ??: lower the libraries too in the production build.
        ...(production ? [{ test: /\.m?js$/, include: /node_modules/, loader: "esbuild-loader", options: { target: "es2017" } }] : []),
      ],
    },
    performance: { hints: false },
    plugins: [
      ...Object.entries(pageSpecs).map(
        ([filename, spec]) =>
          new HtmlWebpackPlugin({ filename, chunks: [spec.chunk], templateContent: () => renderPage(filename, { officeJs, devServer }) }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: assetsDir, to: "assets" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => manifestFor(host, content.toString("utf8")) },
          { from: unsupportedBrowser.source, to: unsupportedBrowser.fileName },
          ...(officeJs === "local"
            ? officeJsFiles().map(({ from, to }) => ({ from: path.join(packageDist(), from), to: `${OFFICE_JS_DIR}/${to}` }))
            : []),
        ],
      }),
      ...(production ? [new MapsBesideOutput(`${out}-maps`)] : []),
    ],
    devServer: {
      port,
      host: "localhost",
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https
        ? {
            type: "https",
            options: {
              key: fs.readFileSync(path.join(certDir, "localhost.key")),
              cert: fs.readFileSync(path.join(certDir, "localhost.crt")),
              ca: fs.readFileSync(path.join(certDir, "ca.crt")),
            },
          }
        : "http",
      client: { overlay: { warnings: false } },
      static: false,
    },
  };
};
