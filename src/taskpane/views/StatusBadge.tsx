import * as React from "react";
import { Badge } from "@fluentui/react-components";
import { BadgeColour } from "./format";

export interface StatusBadgeProps {
  colour: BadgeColour;
  children: React.ReactNode;
}

/** A status as a word on a coloured badge (the word carries the meaning; the colour helps). */
export function StatusBadge({ colour, children }: StatusBadgeProps): React.JSX.Element {
  return (
    <Badge appearance="tint" color={colour} shape="rounded">
      {children}
    </Badge>
  );
}
