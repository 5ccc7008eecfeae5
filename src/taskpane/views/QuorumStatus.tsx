import * as React from "react";
import { makeStyles, mergeClasses, shorthands, Text, tokens } from "@fluentui/react-components";
import { QuorumLine } from "../../wording/quorum";

const useStyles = makeStyles({
  // Stays in view while the marks are chosen (it sat 600 px below the first member).
  line: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    ...shorthands.padding(tokens.spacingVerticalS, tokens.spacingHorizontalM),
    ...shorthands.borderWidth(tokens.strokeWidthThick),
    ...shorthands.borderStyle("solid"),
    ...shorthands.borderRadius(tokens.borderRadiusMedium),
    boxShadow: tokens.shadow4,
  },
  quorate: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    ...shorthands.borderColor(tokens.colorPaletteGreenBorder2),
    color: tokens.colorNeutralForeground1,
  },
  notQuorate: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    ...shorthands.borderColor(tokens.colorPaletteRedBorder2),
    color: tokens.colorNeutralForeground1,
  },
  unknown: {
    backgroundColor: tokens.colorNeutralBackground3,
    ...shorthands.borderColor(tokens.colorNeutralStroke1),
    color: tokens.colorNeutralForeground1,
  },
  icon: { flexShrink: 0, width: "20px", height: "20px", marginTop: "1px" },
  quorateIcon: { color: tokens.colorPaletteGreenForeground1 },
  notQuorateIcon: { color: tokens.colorPaletteRedForeground1 },
  words: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
});

/** A tick in a circle for quorate, a cross in a circle for not: the shape differs as well as the colour. */
function QuorumIcon({ quorate, className }: { quorate?: boolean; className: string }) {
  return (
    <svg className={className} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <circle cx="10" cy="10" r="8.5" fill="none" stroke="currentColor" strokeWidth="2" />
      {quorate === true && (
        <path d="M6 10.5l2.8 2.8L14.2 7.6" fill="none" stroke="currentColor" strokeWidth="2.2" />
      )}
      {quorate === false && (
        <path d="M7 7l6 6M13 7l-6 6" fill="none" stroke="currentColor" strokeWidth="2.2" />
      )}
      {quorate === undefined && (
        <path d="M10 6v5M10 13.5v1" stroke="currentColor" strokeWidth="2" />
      )}
    </svg>
  );
}

/**
 * The quorum as the marks stand, kept in view while marking: quorate and not quorate differ in the
 * word, the icon and the colour, and the line says who counts. A live region, so it is heard as the
 * marks change.
 */
export function QuorumStatus({ line }: { line: QuorumLine }): React.JSX.Element {
  const styles = useStyles();
  const tone =
    line.quorate === true
      ? styles.quorate
      : line.quorate === false
        ? styles.notQuorate
        : styles.unknown;
  const iconTone =
    line.quorate === true
      ? styles.quorateIcon
      : line.quorate === false
        ? styles.notQuorateIcon
        : undefined;
  return (
    <div
      className={mergeClasses(styles.line, tone)}
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-quorate={line.quorate === undefined ? "unknown" : String(line.quorate)}
    >
      <QuorumIcon quorate={line.quorate} className={mergeClasses(styles.icon, iconTone)} />
      <span className={styles.words}>
        <Text weight="semibold">{line.headline}</Text>
        <Text size={200}>{line.whoCounts}</Text>
      </span>
    </div>
  );
}
