import { createRoot } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { DocumentHost } from "../host/DocumentHost";
import { App } from "./App";
import { HostProvider } from "./shared/hostContext";

const CJK_FONTS = '"Segoe UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", sans-serif';

function withChineseFonts(theme: Theme): Theme {
  return { ...theme, fontFamilyBase: CJK_FONTS };
}

/** Render the task pane into `element`, working on the document through `host`. Returns an unmount function. */
export function mountTaskpane(element: HTMLElement, host: DocumentHost, options: { dark?: boolean } = {}): () => void {
  const root = createRoot(element);
  root.render(
    <FluentProvider theme={withChineseFonts(options.dark ? webDarkTheme : webLightTheme)} style={{ height: "100%" }}>
      <HostProvider host={host}>
        <App />
      </HostProvider>
    </FluentProvider>,
  );
  return () => root.unmount();
}
