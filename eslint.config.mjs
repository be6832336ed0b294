import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";

export default tseslint.config(
  { ignores: ["dist/", "dist-cli/", ".cache/", "node_modules/", "**/*.d.ts", "**/*.d.mts", "**/*.d.cts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, Office: "readonly", Word: "readonly" } },
    rules: {
      // Chinese text uses the full-width space (U+3000) on purpose.
      "no-irregular-whitespace": ["error", { skipStrings: true, skipTemplates: true, skipJSXText: true, skipRegExps: true, skipComments: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  {
    // React components: the rules of hooks (and the React Compiler's checks), and accessibility.
    files: ["src/**/*.tsx"],
    extends: [reactHooks.configs.flat.recommended, jsxA11y.flatConfigs.recommended],
    // Fluent UI's Text is a <span> (or what its `as` says): a click handler on it is checked too.
    settings: { "jsx-a11y": { polymorphicPropName: "as", components: { Text: "span" } } },
  },
  {
    // Hooks written in plain .ts files (the pane's state) follow the same rules.
    files: ["src/taskpane/**/*.ts"],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    // The engine is pure: no Office, DOM, React or Node in src/core.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["react*", "@fluentui/*", "node:*", "fs", "path", "../word/*", "../../word/*"] }],
      "no-restricted-globals": ["error", "Office", "Word", "document", "window"],
    },
  },
  {
    // Readers and formatters serve the pane as well as the CLI: no Node, no Office, no React.
    files: ["src/formats/**/*.ts", "src/report/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["react*", "@fluentui/*", "node:*", "fs", "path", "../word/*"] }],
      "no-restricted-globals": ["error", "Office", "Word"],
    },
  },
  {
    files: ["**/*.cjs", "webpack.config.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
