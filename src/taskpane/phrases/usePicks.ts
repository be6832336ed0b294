import { useCallback, useState } from "react";
import { STORED_KEYS } from "../state/stored";

const MAX_RECENT = 30;
const MAX_FAVOURITES = 500;

/** Phrase ids kept in the webview's storage, checked: a wrong shape is an empty list. */
function loadIds(key: string, max: number): string[] {
  try {
    const x: unknown = JSON.parse(localStorage.getItem(key) ?? "[]");
    return Array.isArray(x) ? x.filter((id): id is string => typeof id === "string" && id.length <= 64).slice(0, max) : [];
  } catch {
    return [];
  }
}

function saveIds(key: string, ids: string[]): void {
  try {
    localStorage.setItem(key, JSON.stringify(ids));
  } catch {
    // Storage full or off: the lists last for this session; nothing of the document is at stake.
  }
}

/** Favourite and recently used phrases (per user, kept across documents and restarts). */
export function usePicks() {
  const [favourites, setFavourites] = useState(() => loadIds(STORED_KEYS.favouritePhrases, MAX_FAVOURITES));
  const [recent, setRecent] = useState(() => loadIds(STORED_KEYS.recentPhrases, MAX_RECENT));

  const toggleFavourite = useCallback((id: string) => {
    setFavourites((list) => {
      const next = list.includes(id) ? list.filter((x) => x !== id) : [id, ...list].slice(0, MAX_FAVOURITES);
      saveIds(STORED_KEYS.favouritePhrases, next);
      return next;
    });
  }, []);

  const used = useCallback((id: string) => {
    setRecent((list) => {
      const next = [id, ...list.filter((x) => x !== id)].slice(0, MAX_RECENT);
      saveIds(STORED_KEYS.recentPhrases, next);
      return next;
    });
  }, []);

  return { favourites, recent, toggleFavourite, used };
}
