import * as React from "react";
import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import { BadgeColour } from "./format";

export interface StatusBadgeProps {
  colour: BadgeColour;
  children: React.ReactNode;
  className?: string;
}

/**
 * A status as a word on a tinted label (the word carries the meaning; the colour helps). Drawn with
 * Fluent's colour tokens rather than Fluent's Badge, whose package weighed 4 KB of the page for this.
 */
const useStyles = makeStyles({
  badge: {
    display: "inline-flex",
    alignItems: "center",
    ...shorthands.padding("0", tokens.spacingHorizontalXS),
    ...shorthands.borderRadius(tokens.borderRadiusMedium),
    ...shorthands.borderWidth(tokens.strokeWidthThin),
    ...shorthands.borderStyle("solid"),
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase200,
  },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
    ...shorthands.borderColor(tokens.colorPaletteGreenBorder1),
  },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorNeutralForeground1,
    ...shorthands.borderColor(tokens.colorPaletteYellowBorder1),
  },
  danger: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
    ...shorthands.borderColor(tokens.colorPaletteRedBorder1),
  },
  informative: {
    backgroundColor: tokens.colorNeutralBackground4,
    color: tokens.colorNeutralForeground2,
    ...shorthands.borderColor(tokens.colorNeutralStroke2),
  },
  subtle: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground3,
    ...shorthands.borderColor(tokens.colorNeutralStroke2),
  },
});

export function StatusBadge({ colour, children, className }: StatusBadgeProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <span
      className={mergeClasses("tosp-StatusBadge", styles.badge, styles[colour], className)}
      data-colour={colour}
    >
      {children}
    </span>
  );
}
