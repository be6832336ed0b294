import { useMemo, useState, type KeyboardEvent } from "react";
import { Badge, Button, Input, makeStyles, mergeClasses, Radio, RadioGroup, Select, Text, tokens } from "@fluentui/react-components";
import { phraseIndexWith } from "../../core/phrases/library";
import { searchableUserPhrase } from "../../core/phrases/userPhrases";
import { OwnPhrases, type OwnDraft } from "./OwnPhrases";
import { useUserPhrases } from "./useUserPhrases";
import { usePicks } from "./usePicks";
import { TOPICS } from "../../data/phrases/topics";
import type { PhraseFilters } from "../../core/phrases/search";
import type { PhraseContext, SearchHit } from "../../core/phrases/search";
import type { InsertMode } from "../../core/phrases/insert";
import { PART_NAMES } from "../../report/names";
import type { PartRole } from "../../core/structure/roles";
import { useHost } from "../shared/hostContext";
import { useDocument } from "../state/DocumentProvider";
import { insertPhrase } from "../state/actions";
import { phraseContextAt } from "../../core/phrases/context";
import { textButton } from "../shared/styles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { display: "flex", flexDirection: "column", gap: "2px", margin: 0, padding: 0, listStyleType: "none" },
  hit: {
    ...textButton,
    display: "block",
    width: "100%",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  // The hit Enter inserts: a line round it as well as the tint, which high contrast paints over.
  active: {
    backgroundColor: tokens.colorBrandBackground2,
    outline: `1px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-1px",
    ":hover": { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  meta: { display: "flex", gap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  // Three filters and a button do not fit 320 px on one line.
  filters: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: "inherit",
    // High contrast would paint the tint over: the system's own highlight colours instead.
    "@media (forced-colors: active)": { backgroundColor: "Mark", color: "MarkText", forcedColorAdjust: "none" },
  },
  muted: { color: tokens.colorNeutralForeground3 },
  row: { display: "flex", alignItems: "flex-start", gap: "2px" },
});

const LIMIT = 30;

/** 短语: the phrase library, searched by characters or pinyin, inserted where the cursor is. */
export function PhrasesPanel() {
  const styles = useStyles();
  const host = useHost();
  const { analysis, act, busy } = useDocument();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const [mode, setMode] = useState<InsertMode>("next-item");
  const [cursorParagraph, setCursorParagraph] = useState<number | null>(null);
  const own = useUserPhrases();
  const picks = usePicks();
  const [filters, setFilters] = useState<PhraseFilters>({});
  const [onlyFavourites, setOnlyFavourites] = useState(false);
  const [draft, setDraft] = useState<OwnDraft | null>(null);
  const [ownMessage, setOwnMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const index = useMemo(() => phraseIndexWith(own.phrases.map(searchableUserPhrase)), [own.phrases]);
  const ownIds = useMemo(() => new Set(own.phrases.map((p) => p.id)), [own.phrases]);

  // Rank by where the writer is (read when the search box gets focus): the part, the aspect and
  // the topics there; in the measures, the topics of the problems still unanswered.
  const context = useMemo<PhraseContext>(() => (analysis ? phraseContextAt(analysis, cursorParagraph) : {}), [analysis, cursorParagraph]);
  const cursorPart = context.part ?? null;
  const result = useMemo(
    () => index.search(query, { context, filters, limit: onlyFavourites ? index.size : LIMIT }),
    [index, query, context, filters, onlyFavourites],
  );
  // With nothing typed, the phrases used last come first; favourites only, when asked.
  const hits = useMemo(() => {
    let list = result.hits;
    if (onlyFavourites) list = list.filter((h) => picks.favourites.includes(h.phrase.id));
    else if (!query) {
      const rank = (id: string) => {
        const k = picks.recent.indexOf(id);
        return k < 0 ? Infinity : k;
      };
      list = [...list].sort((a, b) => rank(a.phrase.id) - rank(b.phrase.id));
    }
    return list.slice(0, LIMIT);
  }, [result, onlyFavourites, picks.favourites, picks.recent, query]);
  const current = Math.min(active, Math.max(0, hits.length - 1));

  const readCursor = async () => {
    const cursor = await host.getCursor().catch(() => null);
    setCursorParagraph(cursor?.paragraph ?? null);
  };
  const insert = (hit: SearchHit) => {
    picks.used(hit.phrase.id);
    void act(() => insertPhrase(host, hit.phrase.text, mode));
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") setActive(Math.min(current + 1, hits.length - 1));
    else if (e.key === "ArrowUp") setActive(Math.max(current - 1, 0));
    else if (e.key === "Enter" && hits[current] && !busy) insert(hits[current]);
    else return;
    e.preventDefault();
  };

  return (
    <div className={styles.root} data-testid="phrases">
      <Input
        // Keyboard first: the writer types as soon as the tab opens.
        // eslint-disable-next-line jsx-a11y/no-autofocus -- the panel's one purpose is this box
        autoFocus
        value={query}
        onChange={(_, d) => {
          setQuery(d.value);
          setActive(0);
        }}
        onKeyDown={onKey}
        onFocus={() => void readCursor()}
        placeholder="输入汉字或拼音首字母，如 llxx（理论学习）"
        aria-label="搜索短语"
        aria-controls="phrase-results"
        aria-activedescendant={hits[current] ? `phrase-${hits[current].phrase.id}` : undefined}
        data-testid="phrase-search"
      />
      <div className={styles.filters}>
        <Select
          size="small"
          aria-label="部分"
          value={filters.part ?? ""}
          onChange={(_, d) => setFilters((f) => ({ ...f, part: (d.value || undefined) as PartRole | undefined }))}
          data-testid="phrase-part"
        >
          <option value="">全部部分</option>
          {(["preamble", "followup", "problems", "case", "causes", "measures", "closing"] as const).map((p) => (
            <option key={p} value={p}>
              {PART_NAMES[p]}
            </option>
          ))}
        </Select>
        <Select size="small" aria-label="主题" value={filters.topic ?? ""} onChange={(_, d) => setFilters((f) => ({ ...f, topic: (d.value || undefined) as PhraseFilters["topic"] }))}>
          <option value="">全部主题</option>
          {TOPICS.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </Select>
        <Select size="small" aria-label="口吻" value={filters.voice ?? ""} onChange={(_, d) => setFilters((f) => ({ ...f, voice: (d.value || undefined) as PhraseFilters["voice"] }))}>
          <option value="">个人和班子</option>
          <option value="personal">个人</option>
          <option value="team">班子</option>
        </Select>
        <Button size="small" appearance={onlyFavourites ? "primary" : "subtle"} onClick={() => setOnlyFavourites((v) => !v)} aria-pressed={onlyFavourites}>
          收藏（{picks.favourites.length}）
        </Button>
      </div>
      <RadioGroup layout="horizontal" value={mode} onChange={(_, d) => setMode(d.value as InsertMode)} aria-label="插入方式">
        <Radio value="next-item" label="作为下一条" />
        <Radio value="after" label="另起一段" />
        <Radio value="cursor" label="插在光标处" />
      </RadioGroup>
      <Text size={200} className={styles.muted} data-testid="phrase-count">
        {query ? `找到 ${result.total} 条` : `共 ${index.size} 条`}
        {cursorPart ? `，光标在“${PART_NAMES[cursorPart]}”，相关的排在前面` : ""}。↑↓ 选择，回车插入；插入后【】处已选中，直接输入即可替换。
      </Text>
      {/* A list of buttons, not a listbox: each hit has its own 收藏 button, which an option may not hold. */}
      <ul className={styles.list} id="phrase-results" aria-label="短语" data-testid="phrase-results">
        {hits.map((hit, k) => {
          const favourite = picks.favourites.includes(hit.phrase.id);
          return (
            <li key={hit.phrase.id} className={styles.row}>
              <button
                type="button"
                id={`phrase-${hit.phrase.id}`}
                className={mergeClasses(styles.hit, k === current && styles.active)}
                aria-current={k === current || undefined}
                onClick={() => insert(hit)}
                disabled={busy}
                title="插入"
              >
                <Highlighted text={hit.phrase.text} ranges={hit.ranges} markClass={styles.mark} />
                <span className={styles.meta}>
                  {hit.phrase.parts.slice(0, 2).map((p) => (
                    <Badge key={p} appearance="outline" size="small">
                      {PART_NAMES[p]}
                    </Badge>
                  ))}
                  {ownIds.has(hit.phrase.id) && (
                    <Badge appearance="tint" size="small" color="brand">
                      我的
                    </Badge>
                  )}
                  {hit.phrase.voice === "team" && (
                    <Badge appearance="outline" size="small" color="informative">
                      班子
                    </Badge>
                  )}
                </span>
              </button>
              <Button
                size="small"
                appearance="transparent"
                onClick={() => picks.toggleFavourite(hit.phrase.id)}
                aria-pressed={favourite}
                aria-label={`收藏“${hit.phrase.text.slice(0, 12)}…”`}
                title={favourite ? "取消收藏" : "收藏"}
              >
                {favourite ? "★" : "☆"}
              </Button>
            </li>
          );
        })}
      </ul>
      <OwnPhrases
        own={own}
        draft={draft}
        setDraft={setDraft}
        message={ownMessage}
        setMessage={setOwnMessage}
        part={cursorPart}
        readSelection={() => host.getSelectedText()}
      />
    </div>
  );
}

function Highlighted({ text, ranges, markClass }: { text: string; ranges: readonly { start: number; end: number }[]; markClass: string }) {
  const out: (string | JSX.Element)[] = [];
  let at = 0;
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    if (r.start < at) continue;
    out.push(text.slice(at, r.start));
    out.push(
      <mark key={r.start} className={markClass}>
        {text.slice(r.start, r.end)}
      </mark>,
    );
    at = r.end;
  }
  out.push(text.slice(at));
  return <span>{out}</span>;
}
