import * as React from "react";
import { Label, Select, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useMediaQuery } from "./useMediaQuery";
import { StatusBadge } from "./views/StatusBadge";
import { PANEL_VIEWS, PanelView, tabId, tabPanelId } from "./views/panelViews";
import { useViewStyles } from "./views/viewStyles";

/**
 * Below this width the nine tabs would wrap into rows that look like loose links: the views
 * are a drop-down instead, which names the view shown. The tabs take about 1,130 px in one row (measured
 * in Chromium with the sample's problem count); task panes are 320 to 500 px wide unless widened.
 */
export const NARROW_PANE = "(max-width: 1179px)";

export interface ViewPickerProps {
  view: PanelView;
  onChange: (view: PanelView) => void;
  /** The number of problems, once there has been a scan. */
  problemCount?: number;
}

const useStyles = makeStyles({
  // Wrapping only where the text is larger than usual (zoom, large fonts): never off the side.
  tabs: { flexWrap: "wrap", rowGap: tokens.spacingVerticalXS },
  badge: { marginLeft: tokens.spacingHorizontalXS },
  picker: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  select: { flexGrow: 1, minWidth: 0 },
});

const problemsWords = (n: number): string => `${n} ${n === 1 ? "problem" : "problems"}`;

/** The views as tabs where they fit on one row, else as a drop-down labelled View. */
export function ViewPicker({ view, onChange, problemCount }: ViewPickerProps): React.JSX.Element {
  const styles = useStyles();
  const shared = useViewStyles();
  const narrow = useMediaQuery(NARROW_PANE);
  if (narrow)
    return (
      <div className={styles.picker}>
        <Label htmlFor="tosp-view" weight="semibold">
          View
        </Label>
        <Select
          id="tosp-view"
          className={styles.select}
          value={view}
          onChange={(_, data) => onChange(data.value as PanelView)}
        >
          {PANEL_VIEWS.map(({ value, label }) => (
            <option key={value} value={value}>
              {value === "problems" && problemCount !== undefined
                ? `${label} (${problemCount})`
                : label}
            </option>
          ))}
        </Select>
      </div>
    );
  return (
    <TabList
      className={styles.tabs}
      selectedValue={view}
      onTabSelect={(_, data) => onChange(data.value as PanelView)}
    >
      {PANEL_VIEWS.map(({ value, label }) => (
        <Tab key={value} value={value} id={tabId(value)} aria-controls={tabPanelId(value)}>
          {label}
          {value === "problems" && problemCount !== undefined && (
            <>
              <span aria-hidden className={styles.badge}>
                <StatusBadge colour={problemCount > 0 ? "danger" : "subtle"}>
                  {problemCount}
                </StatusBadge>
              </span>
              {/* Read by screen readers, not shown: the badge beside it shows the same count. */}
              <span className={shared.visuallyHidden}>{` (${problemsWords(problemCount)})`}</span>
            </>
          )}
        </Tab>
      ))}
    </TabList>
  );
}

/** The view's own region: a tab panel under tabs, a region named after the view under the drop-down. */
export function useViewRegion(view: PanelView): React.HTMLAttributes<HTMLElement> {
  const narrow = useMediaQuery(NARROW_PANE);
  const label = PANEL_VIEWS.find((v) => v.value === view)?.label ?? "";
  return narrow
    ? { id: tabPanelId(view), "aria-label": label }
    : { role: "tabpanel", id: tabPanelId(view), "aria-labelledby": tabId(view) };
}
