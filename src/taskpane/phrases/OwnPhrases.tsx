import { useRef } from "react";
import { Button, makeStyles, MessageBar, MessageBarBody, Select, Text, Textarea, tokens } from "@fluentui/react-components";
import { checkUserPhraseText, exportUserPhrases, type UserPhrase } from "../../core/phrases/userPhrases";
import type { PhraseVoice } from "../../core/phrases/types";
import type { PartRole } from "../../core/structure/roles";
import { TOPICS, TOPICS_BY_ID, type TopicId } from "../../data/phrases/topics";
import { PART_NAMES } from "../../report/names";
import type { useUserPhrases } from "./useUserPhrases";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  list: { display: "flex", flexDirection: "column", gap: "2px", margin: 0, padding: 0, listStyleType: "none" },
  item: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "flex-start" },
  text: { flexGrow: 1 },
  tags: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** The phrase being written or changed: `id` null for a new one. One part and one topic: what the filters offer. */
export interface OwnDraft {
  id: string | null;
  text: string;
  part: PartRole | "";
  topic: TopicId | "";
  voice: PhraseVoice;
}

const PARTS: readonly PartRole[] = ["preamble", "followup", "problems", "case", "causes", "measures", "closing"];
const VOICE_NAMES: Record<PhraseVoice, string> = { any: "不限口吻", personal: "个人", team: "班子" };

const draftOf = (p: UserPhrase): OwnDraft => ({ id: p.id, text: p.text, part: p.parts[0] ?? "", topic: p.topics[0] ?? "", voice: p.voice });

/** The writer's own phrases: add (from the selection too), edit and tag, delete, import, export. */
export function OwnPhrases(props: {
  own: ReturnType<typeof useUserPhrases>;
  draft: OwnDraft | null;
  setDraft: (d: OwnDraft | null) => void;
  message: { ok: boolean; text: string } | null;
  setMessage: (m: { ok: boolean; text: string } | null) => void;
  /** The part the cursor is in: a new phrase is tagged with it. */
  part: PartRole | null;
  readSelection: () => Promise<string>;
}) {
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const { own, draft, setDraft, message, setMessage } = props;
  const blank = (text: string): OwnDraft => ({ id: null, text, part: props.part ?? "", topic: "", voice: "any" });
  const save = async () => {
    if (!draft) return;
    const fields = { text: draft.text, parts: draft.part ? [draft.part] : [], topics: draft.topic ? [draft.topic] : [], voice: draft.voice };
    const problem = checkUserPhraseText(draft.text);
    const error = problem ?? (draft.id ? await own.update(draft.id, fields) : await own.add(fields));
    setMessage(error ? { ok: false, text: error } : { ok: true, text: draft.id ? "已修改。" : "已保存到“我的短语”。" });
    if (!error) setDraft(null);
  };
  const fromSelection = async () => {
    const text = (await props.readSelection().catch(() => "")).trim();
    setDraft(blank(text));
    if (!text) setMessage({ ok: false, text: "文档中没有选中文字，请先选中要保存的句子。" });
  };
  const download = () => {
    const url = URL.createObjectURL(new Blob([exportUserPhrases(own.phrases)], { type: "application/json" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = "对照检查助手-我的短语.json";
    a.click();
    URL.revokeObjectURL(url);
  };
  const upload = async (file: File | undefined) => {
    if (!file) return;
    setMessage(await own.importFile(await file.text()));
  };
  return (
    <section className={styles.root} data-testid="own-phrases">
      <Text weight="semibold">我的短语（{own.phrases.length} 条，保存在本机）</Text>
      {own.notice && <Text size={200}>{own.notice}</Text>}
      {message && (
        <MessageBar intent={message.ok ? "success" : "warning"} layout="multiline" data-testid="own-message">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {draft === null ? (
        <div className={styles.row}>
          <Button size="small" onClick={() => setDraft(blank(""))}>
            添加短语
          </Button>
          <Button size="small" onClick={() => void fromSelection()} data-testid="own-from-selection">
            用选中的文字
          </Button>
          <Button size="small" appearance="subtle" onClick={download} disabled={own.phrases.length === 0}>
            导出
          </Button>
          {/* A button, not a label round the hidden input: a label is not reached by Tab. */}
          <Button size="small" appearance="subtle" onClick={() => fileInput.current?.click()}>
            导入…
          </Button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            hidden
            aria-label="导入短语文件"
            onChange={(e) => {
              void upload(e.target.files?.[0]);
              e.target.value = "";
            }}
            data-testid="own-import"
          />
        </div>
      ) : (
        <div className={styles.root} data-testid="own-editor">
          <Textarea value={draft.text} onChange={(_, d) => setDraft({ ...draft, text: d.value })} aria-label="短语内容" resize="vertical" data-testid="own-draft" />
          <div className={styles.row}>
            <Select size="small" aria-label="用于哪个部分" value={draft.part} onChange={(_, d) => setDraft({ ...draft, part: d.value as OwnDraft["part"] })} data-testid="own-part">
              <option value="">不限部分</option>
              {PARTS.map((p) => (
                <option key={p} value={p}>
                  {PART_NAMES[p]}
                </option>
              ))}
            </Select>
            <Select size="small" aria-label="主题" value={draft.topic} onChange={(_, d) => setDraft({ ...draft, topic: d.value as OwnDraft["topic"] })} data-testid="own-topic">
              <option value="">不限主题</option>
              {TOPICS.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </Select>
            <Select size="small" aria-label="口吻" value={draft.voice} onChange={(_, d) => setDraft({ ...draft, voice: d.value as PhraseVoice })}>
              {(Object.keys(VOICE_NAMES) as PhraseVoice[]).map((v) => (
                <option key={v} value={v}>
                  {VOICE_NAMES[v]}
                </option>
              ))}
            </Select>
          </div>
          <div className={styles.row}>
            <Button size="small" appearance="primary" onClick={() => void save()} data-testid="own-save">
              保存
            </Button>
            <Button size="small" onClick={() => setDraft(null)}>
              取消
            </Button>
          </div>
        </div>
      )}
      {own.phrases.length > 0 && (
        <ul className={styles.list}>
          {own.phrases.map((p) => (
            <li key={p.id} className={styles.item} data-own={p.id}>
              <span className={styles.text}>
                {p.text}
                <span className={styles.tags}> {tagsOf(p)}</span>
              </span>
              <Button size="small" appearance="subtle" onClick={() => setDraft(draftOf(p))} aria-label={`编辑“${p.text.slice(0, 10)}”`}>
                编辑
              </Button>
              <Button size="small" appearance="subtle" onClick={() => own.remove(p.id)} aria-label={`删除“${p.text.slice(0, 10)}”`}>
                删除
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A phrase's tags in words: 问题 · 理论学习 · 班子. */
function tagsOf(p: UserPhrase): string {
  const words = [...p.parts.map((x) => PART_NAMES[x]), ...p.topics.map((t) => TOPICS_BY_ID.get(t)?.name ?? t), ...(p.voice === "any" ? [] : [VOICE_NAMES[p.voice]])];
  return words.length ? `（${words.join(" · ")}）` : "";
}
