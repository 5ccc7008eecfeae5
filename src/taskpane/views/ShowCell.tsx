import * as React from "react";
import { Caption1, Link } from "@fluentui/react-components";
import type { ActionFeedback } from "../usePanel";
import { useViewStyles } from "./viewStyles";

export interface ShowCellProps {
  /** The cell to select, as an address: "'KPI - Rent'!P3". */
  address: string;
  /** The words of the link: "Show the cell". */
  children: React.ReactNode;
  /** The latest "show cell" feedback, said beside this link when it was this link's. */
  selected?: ActionFeedback;
  onShowCell: (address: string) => void;
}

/**
 * A link that selects a cell in the workbook (addresses go behind a "show cells" link, not
 * into the sentence). What happened is said beside it, politely, without taking the focus from it.
 */
export function ShowCell({
  address,
  children,
  selected,
  onShowCell,
}: ShowCellProps): React.JSX.Element {
  const styles = useViewStyles();
  const mine = selected?.target === address ? selected : undefined;
  return (
    <>
      <Link
        as="button"
        className={styles.focusRing}
        onClick={() => onShowCell(address)}
        title={`Select ${address} in the workbook`}
      >
        {children}
      </Link>
      <Caption1 role="status" className={mine?.intent === "error" ? styles.overdue : undefined}>
        {mine ? (mine.intent === "error" ? `${mine.title}: ${mine.message}` : mine.message) : ""}
      </Caption1>
    </>
  );
}
