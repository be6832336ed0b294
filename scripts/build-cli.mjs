// Bundle the command-line checker into one file that Node runs directly (run by `npm install`
// through "prepare", and by `npm run build`).
import { build } from "esbuild";

await build({
  entryPoints: ["src/cli/bin.ts"],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  outfile: "dist-cli/duizhao.cjs",
  logLevel: "warning",
});
