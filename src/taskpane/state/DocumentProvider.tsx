import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import type { TextTarget } from "../../host/DocumentHost";
import type { MeetingTemplate } from "../../core/checklist/template";
import { useHost } from "../shared/hostContext";
import { useMeetingType } from "../checklist/meetingType";
import { useAnalysis, type AnalysisState } from "./useAnalysis";
import { useRuleSettings, type RuleSettingsState } from "./ruleSettings";
import { useWriterLinks, type WriterLinksState } from "./writerLinks";
import type { ActionResult } from "./actions";

export interface DocumentState extends AnalysisState {
  meeting: ReturnType<typeof useMeetingType>;
  /** The meeting type the checklist is built on: the writer's choice, or the recognised one. */
  template: MeetingTemplate | undefined;
  rules: RuleSettingsState;
  /** The writer's own problem ↔ cause or measure links. */
  links: WriterLinksState;
  /** An action is running: buttons that change the document wait. */
  busy: boolean;
  /** What the last action did, or why it failed. */
  result: ActionResult | null;
  clearResult: () => void;
  /** Run an action that changes the document, one at a time; the document is read again after it. */
  act: (action: () => Promise<ActionResult | void>) => Promise<void>;
  select: (target: TextTarget) => Promise<void>;
}

const DocumentContext = createContext<DocumentState | null>(null);

/**
 * The one document state of the pane: read and analysed once per change, whatever the number
 * of panels, with the meeting type, the rule settings and the actions. Panels read it with
 * `useDocument()`.
 */
export function DocumentProvider({ children }: { children: ReactNode }) {
  const host = useHost();
  const meeting = useMeetingType();
  const rules = useRuleSettings();
  const links = useWriterLinks();
  const options = useMemo(
    () => ({ template: meeting.template, templates: meeting.templates, rules: rules.settings, links: links.links }),
    [meeting.template, meeting.templates, rules.settings, links.links],
  );
  const analysis = useAnalysis(options, meeting.loaded && rules.loaded && links.loaded);
  const { refresh } = analysis;
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ActionResult | null>(null);

  const act = useCallback(
    async (action: () => Promise<ActionResult | void>) => {
      setBusy(true);
      setResult(null);
      try {
        const r = await action();
        if (r) setResult(r);
      } catch (e) {
        setResult({ intent: "warning", text: e instanceof Error ? e.message : String(e) });
      }
      setBusy(false);
      // Word need not tell of our own edits: read again now.
      await refresh();
    },
    [refresh],
  );
  const select = useCallback(
    async (target: TextTarget) => {
      try {
        await host.select(target);
      } catch (e) {
        setResult({ intent: "warning", text: e instanceof Error ? e.message : String(e) });
      }
    },
    [host],
  );
  const clearResult = useCallback(() => setResult(null), []);

  const template = meeting.template ?? meeting.templates.find((t) => t.id === analysis.analysis?.checklist?.template);
  const value = useMemo<DocumentState>(
    () => ({ ...analysis, meeting, template, rules, links, busy, result, clearResult, act, select }),
    [analysis, meeting, template, rules, links, busy, result, clearResult, act, select],
  );
  return <DocumentContext.Provider value={value}>{children}</DocumentContext.Provider>;
}

export function useDocument(): DocumentState {
  const state = useContext(DocumentContext);
  if (!state) throw new Error("DocumentProvider is missing");
  return state;
}
