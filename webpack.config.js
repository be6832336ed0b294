/* eslint-disable @typescript-eslint/no-require-imports */
const path = require("node:path");
const fs = require("node:fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { assetsDir } = require("./build/pages.cjs");

const certDir = path.join(__dirname, "certs");

/**
 * Three pages: the task pane and the ribbon's function file (both load office.js from
 * Microsoft's CDN), and the preview page, which runs the same pane on the simulated Word.
 * env.http serves plain http (the preview and the browser tests need no certificate);
 * env.out chooses the output folder.
 */
module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const https = !env.http && fs.existsSync(path.join(certDir, "localhost.crt"));
  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      preview: "./src/preview/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, env.out || "dist"),
      filename: "[name].[contenthash:8].js",
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
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] }),
      new HtmlWebpackPlugin({ filename: "preview.html", template: "./src/preview/preview.html", chunks: ["preview"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: assetsDir, to: "assets" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    devServer: {
      port: Number(process.env.PORT || 3000),
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
