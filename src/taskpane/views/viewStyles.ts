import { makeStyles, tokens } from "@fluentui/react-components";

/** Layout shared by the views: columns that wrap, no fixed widths (the pane can be 320 px wide). */
export const useViewStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  line: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3 },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  button: { alignSelf: "flex-start", maxWidth: "100%", height: "auto" },
  linkButton: { textAlign: "start" },
  /** A focus ring that shows on every control, whatever Fluent's own (weak on links and Add). */
  focusRing: {
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "2px",
      borderRadius: tokens.borderRadiusMedium,
    },
  },
  /** The secondary line: codes, cell addresses and clause numbers, after the plain words. */
  secondary: {
    color: tokens.colorNeutralForeground3,
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
  },
  /**
   * Read by screen readers, not shown. Fluent UI v9 exports no visually-hidden style or component
   * (@fluentui/react-components 9.74 has none; its own components, such as the toast's live region,
   * write these same rules inline), so this is the one copy the pane uses.
   */
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});
