import { useCallback, useState } from "react";
import {
  editUserPhrase,
  mergeUserPhrases,
  newUserPhraseId,
  parseStoredUserPhrases,
  parseUserPhraseFile,
  type UserPhrase,
  type UserPhraseFields,
} from "../../core/phrases/userPhrases";
import { STORED_KEYS } from "../state/stored";

function load(): { value: UserPhrase[]; dropped: boolean } {
  try {
    return parseStoredUserPhrases(JSON.parse(localStorage.getItem(STORED_KEYS.userPhrases) ?? "null"));
  } catch {
    return { value: [], dropped: true };
  }
}

/**
 * The writer's own phrases, kept in the webview's storage (per user, across documents and
 * restarts). Their pinyin is computed when they are saved, by a chunk loaded only then.
 */
export function useUserPhrases() {
  const [stored] = useState(load);
  const [phrases, setPhrases] = useState<UserPhrase[]>(stored.value);
  const [notice, setNotice] = useState<string | null>(stored.dropped ? "保存的自定义短语中有无法识别的内容，已略去。" : null);

  const keep = useCallback((next: UserPhrase[]) => {
    setPhrases(next);
    try {
      localStorage.setItem(STORED_KEYS.userPhrases, JSON.stringify(next));
    } catch {
      setNotice("无法保存自定义短语（浏览器存储不可用或已满），关闭任务窗格后将丢失，请先导出备份。");
    }
  }, []);

  /** Add a phrase; returns an error in Chinese, or null. */
  const add = useCallback(
    async (fields: UserPhraseFields): Promise<string | null> => {
      const { pinyinOf } = await import("../../core/phrases/pinyinOf");
      const text = fields.text.trim();
      const phrase: UserPhrase = { ...fields, id: newUserPhraseId(phrases.map((p) => p.id), Date.now()), text, pinyin: pinyinOf(text) };
      const merged = mergeUserPhrases(phrases, [phrase]);
      if (!merged.ok) return merged.message;
      if (merged.added === 0) return "已有相同的短语。";
      keep(merged.phrases);
      return null;
    },
    [phrases, keep],
  );

  /** Change a phrase's words or tags; returns an error in Chinese, or null. */
  const update = useCallback(
    async (id: string, fields: UserPhraseFields): Promise<string | null> => {
      const edited = editUserPhrase(phrases, id, fields);
      if (!edited.ok) return edited.message;
      const { pinyinOf } = await import("../../core/phrases/pinyinOf");
      keep(edited.phrases.map((p) => (p.pinyin ? p : { ...p, pinyin: pinyinOf(p.text) })));
      return null;
    },
    [phrases, keep],
  );

  const remove = useCallback((id: string) => keep(phrases.filter((p) => p.id !== id)), [phrases, keep]);

  /** Import an exported file: all or nothing. Returns what to tell the writer. */
  const importFile = useCallback(
    async (json: string): Promise<{ ok: boolean; text: string }> => {
      const parsed = parseUserPhraseFile(json);
      if (!parsed.ok) return { ok: false, text: parsed.message };
      const { pinyinOf } = await import("../../core/phrases/pinyinOf");
      const merged = mergeUserPhrases(phrases, parsed.phrases.map((p) => ({ ...p, pinyin: pinyinOf(p.text) })));
      if (!merged.ok) return { ok: false, text: merged.message };
      keep(merged.phrases);
      return { ok: true, text: `已导入 ${merged.added} 条${merged.skipped ? `，${merged.skipped} 条与已有的相同，未重复导入` : ""}。` };
    },
    [phrases, keep],
  );

  return { phrases, notice, add, update, remove, importFile };
}
