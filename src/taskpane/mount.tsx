import { useMemo, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { DocumentHost } from "../host/DocumentHost";
import { App } from "./App";
import { HostProvider } from "./shared/hostContext";
import { useMedia } from "./shared/useMedia";

const CJK_FONTS = '"Segoe UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", sans-serif';

/**
 * Windows high contrast reaches the pane's web view as forced colours; Office's theme only tells
 * light from dark (and in high contrast says "dark"), so this is how the pane hears of it.
 */
const HIGH_CONTRAST = "(forced-colors: active)";

const THEMES = { light: webLightTheme, dark: webDarkTheme, "high-contrast": teamsHighContrastTheme } as const;

/** Fluent's theme for Office's light or dark theme, or its high-contrast theme whenever Windows is in high contrast. */
function PaneTheme({ dark, children }: { dark: boolean; children: ReactNode }) {
  const highContrast = useMedia(HIGH_CONTRAST);
  const name: keyof typeof THEMES = highContrast ? "high-contrast" : dark ? "dark" : "light";
  const theme = useMemo<Theme>(() => ({ ...THEMES[name], fontFamilyBase: CJK_FONTS }), [name]);
  return (
    <FluentProvider theme={theme} style={{ height: "100%" }} data-theme={name}>
      {children}
    </FluentProvider>
  );
}

/** Render the task pane into `element`, working on the document through `host`. Returns an unmount function. */
export function mountTaskpane(element: HTMLElement, host: DocumentHost, options: { dark?: boolean } = {}): () => void {
  const root = createRoot(element);
  root.render(
    <PaneTheme dark={!!options.dark}>
      <HostProvider host={host}>
        <App />
      </HostProvider>
    </PaneTheme>,
  );
  return () => root.unmount();
}
