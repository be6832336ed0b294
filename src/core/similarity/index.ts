export { compareDrafts, DEFAULT_MIN_CHARS, type CompareOptions } from "./compare";
export { compileStock, shippedStock, shippedStockTexts, stockMask, STOCK_GRAM, type StockIndex } from "./stock";
export { normalizeDraft, normalizeText, type NormalDraft } from "./normalize";
export type * from "./types";
