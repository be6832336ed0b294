import { useCallback, useEffect, useRef, useState } from "react";
import type { HostCapabilities } from "../../host/DocumentHost";
import type { Analysis, SourceParagraph } from "../../core/types";
import { analyze, type AnalyzeOptions } from "../../core/analyze";
import { useHost } from "../shared/hostContext";

export interface AnalysisState {
  status: "loading" | "ready" | "error";
  analysis: Analysis | null;
  paragraphs: SourceParagraph[];
  capabilities: HostCapabilities | null;
  error: string | null;
  /** Set when the host cannot tell the pane of changes (the writer must ask for a new check). */
  changeError: string | null;
  /** Read the document again now. */
  refresh: () => Promise<void>;
}

const CHANGE_DELAY_MS = 600;
const NO_OPTIONS: AnalyzeOptions = {};

/** Read and analyse the document; again whenever it changes (debounced). Keep `options` stable (useMemo). */
export function useAnalysis(options: AnalyzeOptions = NO_OPTIONS, enabled = true): AnalysisState {
  const host = useHost();
  const [changeError, setChangeError] = useState<string | null>(null);
  const [state, setState] = useState<Omit<AnalysisState, "refresh" | "changeError">>({
    status: "loading",
    analysis: null,
    paragraphs: [],
    capabilities: null,
    error: null,
  });
  const run = useRef(0);
  // What the shown analysis was made from: a selection change that edits nothing is not
  // analysed or rendered again (Word reports every cursor move).
  const shown = useRef<{ paragraphs: SourceParagraph[]; options: AnalyzeOptions } | null>(null);

  const refresh = useCallback(async () => {
    const id = ++run.current;
    try {
      const [capabilities, paragraphs] = await Promise.all([host.capabilities(), host.readParagraphs()]);
      if (id !== run.current) return;
      const last = shown.current;
      if (last && last.options === options && sameParagraphs(last.paragraphs, paragraphs)) return;
      const analysis = analyze(paragraphs, options);
      shown.current = { paragraphs, options };
      setState({ status: "ready", analysis, paragraphs, capabilities, error: null });
    } catch (e) {
      if (id === run.current) {
        shown.current = null;
        setState((s) => ({ ...s, status: "error", error: e instanceof Error ? e.message : String(e) }));
      }
    }
  }, [host, options]);

  useEffect(() => {
    if (!enabled) return;
    void refresh();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = host.onChange(
      () => {
        clearTimeout(timer);
        timer = setTimeout(() => void refresh(), CHANGE_DELAY_MS);
      },
      (message) => setChangeError(message),
    );
    return () => {
      clearTimeout(timer);
      off();
    };
  }, [host, refresh, enabled]);

  return { ...state, changeError, refresh };
}

function sameParagraphs(a: readonly SourceParagraph[], b: readonly SourceParagraph[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.text !== y.text || x.listString !== y.listString || x.style !== y.style || x.outlineLevel !== y.outlineLevel || x.inTable !== y.inTable) {
      return false;
    }
  }
  return true;
}
