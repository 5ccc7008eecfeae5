/** The pane's views, in the order of the tabs. */
export const PANEL_VIEWS = [
  { value: "overview", label: "Overview" },
  { value: "kpis", label: "KPIs and triggers" },
  { value: "clocks", label: "Complaints and hazards" },
  { value: "members", label: "Members" },
  { value: "reviews", label: "Reviews" },
  { value: "recommendations", label: "Recommendations" },
  { value: "problems", label: "Problems" },
  { value: "setUp", label: "Set up" },
  { value: "summary", label: "Summary" },
] as const;

export type PanelView = (typeof PANEL_VIEWS)[number]["value"];

export const tabId = (view: PanelView): string => `tosp-tab-${view}`;
export const tabPanelId = (view: PanelView): string => `tosp-tabpanel-${view}`;
