import { createPanelSession } from "../engine/panelSession";
import { PanelSession } from "../engine/session";
import { DEMO_AS_OF, demoWorkbook } from "../demo/demoWorkbook";
import { MemoryHost, MemoryWorkbook } from "../hosts/memory/memoryHost";

/**
 * The sample workbook to try the pane on outside Excel: made-up people and figures held in memory,
 * judged at the demo's date. index.tsx loads this module on demand, in its own chunk.
 */
export { DEMO_AS_OF };

export function createDemoSession(): PanelSession {
  return createPanelSession(new MemoryHost(new MemoryWorkbook(demoWorkbook())), () => DEMO_AS_OF);
}
