import { Suspense, useState } from "react";
import { Button, CounterBadge, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Spinner, Tab, TabList, tokens } from "@fluentui/react-components";
import { DocumentProvider, useDocument } from "./state/DocumentProvider";
import { PANELS } from "./panels";
import { PanelBoundary } from "./shared/PanelBoundary";
import { summaryText } from "./checks/summary";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", height: "100%", backgroundColor: tokens.colorNeutralBackground1 },
  // Five tabs do not fit a narrow pane on one line: they wrap rather than scroll the pane sideways.
  tabs: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, flexShrink: 0, flexWrap: "wrap" },
  body: {
    flexGrow: 1,
    overflowY: "auto",
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    // A long panel must scroll, not squeeze the notices above it.
    "& > *": { flexShrink: 0 },
  },
  tab: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  summary: {
    flexShrink: 0,
    backgroundColor: tokens.colorNeutralBackground2,
    border: "none",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    font: "inherit",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    textAlign: "start",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground2Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
});

export function App() {
  return (
    <DocumentProvider>
      <Pane />
    </DocumentProvider>
  );
}

function Pane() {
  const styles = useStyles();
  const state = useDocument();
  const [tab, setTab] = useState(PANELS[0].id);
  // Panels once opened stay mounted (hidden), so switching tabs keeps what each one shows.
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set([PANELS[0].id]));
  const choose = (id: string) => {
    setTab(id);
    setOpened((s) => (s.has(id) ? s : new Set([...s, id])));
  };
  const loading = !state.analysis && (state.status === "loading" || !state.meeting.loaded || !state.rules.loaded);

  return (
    <div className={styles.root}>
      <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => choose(d.value as string)} size="small" aria-label="功能">
        {PANELS.map((p) => {
          const badge = p.badge?.(state);
          return (
            <Tab key={p.id} value={p.id} id={`tab-${p.id}`} aria-controls={`panel-${p.id}`} data-testid={`tab-${p.id}`}>
              <span className={styles.tab}>
                {p.title}
                {badge && badge.count > 0 && (
                  // Errors among them: a filled red badge, otherwise the number alone (not told by
                  // colour only), and said in the name too.
                  <CounterBadge
                    count={badge.count}
                    size="small"
                    appearance={badge.serious ? "filled" : "ghost"}
                    color={badge.serious ? "danger" : "informative"}
                    aria-label={badge.serious ? `${badge.count} 项，含错误` : `${badge.count} 项`}
                  />
                )}
              </span>
            </Tab>
          );
        })}
      </TabList>
      {state.analysis && state.analysis.findings.length > 0 && tab !== "checks" && (
        <button type="button" className={styles.summary} onClick={() => choose("checks")} data-testid="pane-summary">
          提交前检查：{summaryText(state.analysis.findings)}（点击查看）
        </button>
      )}
      <div className={styles.body}>
        <Notices />
        {loading ? (
          <Spinner size="small" label="正在读取文档…" />
        ) : (
          PANELS.filter((p) => opened.has(p.id)).map(({ id, title, component: Panel }) => (
            <div key={id} id={`panel-${id}`} role="tabpanel" aria-labelledby={`tab-${id}`} hidden={id !== tab}>
              <PanelBoundary title={title}>
                <Suspense fallback={<Spinner size="small" label="正在载入…" />}>
                  <Panel />
                </Suspense>
              </PanelBoundary>
            </div>
          ))
        )}
      </div>
    </div>
  );
}

/** What every panel shares: read failures, host limits, and what the last action did. */
function Notices() {
  const { error, changeError, capabilities, meeting, rules, result, clearResult, refresh, act, busy } = useDocument();
  return (
    <>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>读取文档失败：{error}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void refresh()}>
              重试
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {changeError && (
        <MessageBar intent="warning" layout="multiline" data-testid="change-error">
          <MessageBarBody>{changeError}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void refresh()}>
              重新检查
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {[meeting.error, rules.notice].filter(Boolean).map((n) => (
        <MessageBar key={n} intent="warning" layout="multiline">
          <MessageBarBody>{n}</MessageBarBody>
        </MessageBar>
      ))}
      {capabilities?.notices.map((n) => (
        <MessageBar key={n} intent="info" layout="multiline">
          <MessageBarBody>{n}</MessageBarBody>
        </MessageBar>
      ))}
      {result && (
        <MessageBar intent={result.intent} layout="multiline" data-testid="action-result">
          <MessageBarBody>{result.text}</MessageBarBody>
          <MessageBarActions>
            {result.followUp && (
              <Button size="small" disabled={busy} onClick={() => void act(result.followUp!.run)} data-testid="follow-up">
                {result.followUp.label}
              </Button>
            )}
            {/* Named by its words: one who says “知道了” to a voice control reaches it. */}
            <Button size="small" appearance="transparent" onClick={clearResult}>
              知道了
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}
