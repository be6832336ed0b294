import { createSimulatedOffice, installSimulatedOffice, type SimDocument } from "../simulator";
import { WordHost } from "../word/WordHost";
import { mountTaskpane } from "../taskpane/mount";
import { sampleMaterial } from "./sample";

/**
 * The preview page: a sample material in a simulated Word beside the task pane. The pane runs
 * the real Word host code; only `Word` and `Office` are the simulator's.
 */
const docRoot = document.getElementById("document")!;
const sim = createSimulatedOffice(docRoot, { paragraphs: sampleMaterial.map((p) => ({ ...p })), settings: {} });
installSimulatedOffice(sim);

// "Closing" keeps the saved file here, as a disk would; reopening reads it back.
let saved: SimDocument | null = null;
document.getElementById("load-sample")!.addEventListener("click", () =>
  sim.open({ paragraphs: sampleMaterial.map((p) => ({ ...p })), settings: {} }),
);
document.getElementById("load-empty")!.addEventListener("click", () => sim.open({ paragraphs: [{ text: "" }], settings: {} }));
document.getElementById("reopen")!.addEventListener("click", () => {
  saved = sim.save();
  sim.open({ paragraphs: [], settings: {} });
  sim.open(saved);
  remount();
});

const paneRoot = document.getElementById("pane")!;
let unmount: (() => void) | null = null;
function remount() {
  // A reopened document gets a fresh task pane, as in Word.
  unmount?.();
  unmount = mountTaskpane(paneRoot, new WordHost());
}
remount();

// For the browser tests: the simulated document's save/open.
(window as unknown as { __preview: unknown }).__preview = { sim };
