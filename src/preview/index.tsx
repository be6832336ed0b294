import { createSimulatedOffice, installSimulatedOffice, type SimDocument } from "../simulator";
import { WordHost } from "../word/WordHost";
import { mountTaskpane } from "../taskpane/mount";
import { sampleMaterial } from "./sample";

/**
 * The preview page: a sample material in a simulated Word beside the task pane. The pane runs
 * the real Word host code; only `Word` and `Office` are the simulator's.
 */
const sampleDocument = (): SimDocument => ({ paragraphs: sampleMaterial.map((p) => ({ ...p })), settings: {} });
const sim = createSimulatedOffice(document.getElementById("document")!, sampleDocument());
installSimulatedOffice(sim);

const paneRoot = document.getElementById("pane")!;
// preview.html?dark shows the pane as it looks in Word's dark theme.
const dark = new URLSearchParams(location.search).has("dark");
if (dark) paneRoot.style.background = "#292929";
let unmount: (() => void) | null = null;

/** Open a document with a fresh task pane, as Word does for each document. */
function openDocument(doc: SimDocument) {
  unmount?.();
  sim.open(doc);
  unmount = mountTaskpane(paneRoot, new WordHost(), { dark });
}

document.getElementById("load-sample")!.addEventListener("click", () => openDocument(sampleDocument()));
document.getElementById("load-empty")!.addEventListener("click", () => openDocument({ paragraphs: [{ text: "" }], settings: {} }));
// Save (text and document settings, as a .docx keeps them), close, and open the saved file again.
document.getElementById("reopen")!.addEventListener("click", () => openDocument(sim.save()));

unmount = mountTaskpane(paneRoot, new WordHost(), { dark });

// For the browser tests: open a document of their own, read the saved document back.
(window as unknown as { __preview: unknown }).__preview = { sim, openDocument };
