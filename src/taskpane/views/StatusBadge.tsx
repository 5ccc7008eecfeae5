import * as React from "react";
import { Badge, makeStyles, mergeClasses } from "@fluentui/react-components";
import { BadgeColour } from "./format";

export interface StatusBadgeProps {
  colour: BadgeColour;
  children: React.ReactNode;
  className?: string;
}

const useStyles = makeStyles({
  // Fluent's badge is one line of fixed height; a long status ("Accepted into programme") in a pane
  // 320 px wide, or in text zoomed up, wraps inside it rather than pushing the page sideways.
  badge: {
    height: "auto",
    minHeight: "20px",
    minWidth: 0,
    maxWidth: "100%",
    whiteSpace: "normal",
  },
});

/**
 * A status as a word on a tinted label: the word carries the meaning, the colour only helps (never the
 * colour alone). Fluent's own Badge, tint appearance, rounded: its tints' text meets WCAG AA on their
 * backgrounds in the light and dark themes (the closest, warning's yellow, is 4.7:1 in the light theme).
 * It costs the page about 2.6 KB gzip more than the label this replaced, drawn by hand with the same tokens.
 */
export function StatusBadge({ colour, children, className }: StatusBadgeProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <Badge
      appearance="tint"
      shape="rounded"
      size="medium"
      color={colour}
      className={mergeClasses("tosp-StatusBadge", styles.badge, className)}
      data-colour={colour}
    >
      {children}
    </Badge>
  );
}
