import { createContext, useContext, type ReactNode } from "react";
import type { DocumentHost } from "../../host/DocumentHost";

const HostContext = createContext<DocumentHost | null>(null);

/** The document host, chosen once at start (Word, or the simulator in the preview). */
export function HostProvider({ host, children }: { host: DocumentHost; children: ReactNode }) {
  return <HostContext.Provider value={host}>{children}</HostContext.Provider>;
}

export function useHost(): DocumentHost {
  const host = useContext(HostContext);
  if (!host) throw new Error("HostProvider is missing");
  return host;
}
