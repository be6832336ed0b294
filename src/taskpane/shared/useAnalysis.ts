import { useCallback, useEffect, useRef, useState } from "react";
import type { HostCapabilities } from "../../host/DocumentHost";
import type { Analysis, SourceParagraph } from "../../core/types";
import { analyze, type AnalyzeOptions } from "../../core/analyze";
import { useHost } from "./hostContext";

export interface AnalysisState {
  status: "loading" | "ready" | "error";
  analysis: Analysis | null;
  paragraphs: SourceParagraph[];
  capabilities: HostCapabilities | null;
  error: string | null;
  /** Read the document again now. */
  refresh: () => Promise<void>;
}

const CHANGE_DELAY_MS = 600;
const NO_OPTIONS: AnalyzeOptions = {};

/** Read and analyse the document; again whenever it changes (debounced). Keep `options` stable (useMemo). */
export function useAnalysis(options: AnalyzeOptions = NO_OPTIONS, enabled = true): AnalysisState {
  const host = useHost();
  const [state, setState] = useState<Omit<AnalysisState, "refresh">>({
    status: "loading",
    analysis: null,
    paragraphs: [],
    capabilities: null,
    error: null,
  });
  const run = useRef(0);

  const refresh = useCallback(async () => {
    const id = ++run.current;
    try {
      const [capabilities, paragraphs] = await Promise.all([host.capabilities(), host.readParagraphs()]);
      const analysis = analyze(paragraphs, options);
      if (id === run.current) setState({ status: "ready", analysis, paragraphs, capabilities, error: null });
    } catch (e) {
      if (id === run.current) {
        setState((s) => ({ ...s, status: "error", error: e instanceof Error ? e.message : String(e) }));
      }
    }
  }, [host, options]);

  useEffect(() => {
    if (!enabled) return;
    void refresh();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = host.onChange(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void refresh(), CHANGE_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, [host, refresh, enabled]);

  return { ...state, refresh };
}
