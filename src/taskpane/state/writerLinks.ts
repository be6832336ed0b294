import { useCallback, useEffect, useRef, useState } from "react";
import type { WriterLink } from "../../core/correspondence";
import { useHost } from "../shared/hostContext";
import { MAX_WRITER_LINKS, parseWriterLinks, STORED_KEYS } from "./stored";

/** The writer's own problem ↔ cause or measure links, saved in the document. */
export function useWriterLinks() {
  const host = useHost();
  const [links, setLinks] = useState<WriterLink[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // The newest list, for decisions made before React renders again (two clicks in a row).
  const current = useRef<WriterLink[]>([]);

  useEffect(() => {
    let live = true;
    host
      .getSetting<unknown>(STORED_KEYS.links)
      .then((value) => {
        if (!live) return;
        const parsed = parseWriterLinks(value);
        current.current = parsed.value;
        setLinks(parsed.value);
        if (parsed.dropped) setNotice("文档中保存的对应关系有部分无法识别，已忽略这部分。");
      })
      .catch((e: unknown) => live && setNotice(e instanceof Error ? e.message : String(e)))
      .finally(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, [host]);

  /** Confirm (true) or reject (false) a pair, or give it back to the engine (null). */
  const decide = useCallback(
    async (problem: string, target: string, linked: boolean | null) => {
      const others = current.current.filter((l) => l.problem !== problem || l.target !== target);
      const next = (linked === null ? others : [...others, { problem, target, linked }]).slice(-MAX_WRITER_LINKS);
      current.current = next;
      setLinks(next);
      try {
        await host.setSetting(STORED_KEYS.links, { links: next });
        setNotice(null);
      } catch (e) {
        setNotice(e instanceof Error ? e.message : String(e));
      }
    },
    [host],
  );

  return { links, loaded, notice, decide };
}

export type WriterLinksState = ReturnType<typeof useWriterLinks>;
