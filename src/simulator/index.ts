/**
 * A simulated Word for the browser (preview page, Playwright tests): the real WordHost runs on
 * it unchanged. `Word` and `Office` implement what WordHost uses, with Word's load/sync rules;
 * the document is a contenteditable element the user can type in.
 */
import { SimulatorCore, type SimulatorOptions } from "./core";
import { DomView } from "./dom";
import type { SimDocument } from "./model";
import type { SimStats } from "./context";

export type { SimDocument, SimParagraph } from "./model";
export { SIMULATOR_CSS, injectSimulatorStyles } from "./style";
export { SimulatorCore, CHANGE_DEBOUNCE_MS, type SimulatorOptions } from "./core";

export interface SimulatedOffice {
  Word: unknown;
  Office: unknown;
  /** The document as saved: current text, list numbers, styles, formats, saved settings. */
  save(): SimDocument;
  /** Close and reopen with `doc` (settings come from it, not from memory). */
  open(doc: SimDocument): void;
  root: HTMLElement;
  /** Word.run and sync counts, for tests that check how often the pane reads the document. */
  stats: SimStats;
  /** The comments (批注) in the document, with the text each is on. */
  comments(): { paragraph: number; text: string; comment: string }[];
  /**
   * Change a paragraph's text behind the pane's back (no change event): for tests of what the
   * pane does with a reading that has gone stale.
   */
  editSilently(paragraph: number, text: string): void;
}

export function createSimulatedOffice(
  root: HTMLElement,
  doc: SimDocument,
  options: SimulatorOptions = {},
): SimulatedOffice {
  const core = new SimulatorCore(doc, options);
  const view = new DomView(root, core);
  core.view = view;
  view.render(core.model);
  return {
    Word: core.Word,
    Office: core.Office,
    save: () => core.save(),
    open: (next) => core.open(next),
    root,
    stats: core.stats,
    comments: () =>
      core.model.comments.map((c) => ({
        paragraph: core.model.indexOf(c.range.start.para),
        text: core.model.textOf(c.range),
        comment: c.text,
      })),
    editSilently: (paragraph, text) => {
      core.model.paragraphs[paragraph].text = text;
      view.render(core.model);
    },
  };
}

/** Make the simulator the page's `Word` and `Office`. */
export function installSimulatedOffice(sim: SimulatedOffice): void {
  const g = globalThis as unknown as { Word: unknown; Office: unknown };
  g.Word = sim.Word;
  g.Office = sim.Office;
}
