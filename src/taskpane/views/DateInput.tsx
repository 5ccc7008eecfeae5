import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Day, dayOf, formatUkDate } from "../../domain/calendar/days";
import { parseUkDate } from "../../domain/calendar/ukDates";

export interface DateInputProps extends Omit<
  React.InputHTMLAttributes<HTMLInputElement>,
  "onChange" | "value" | "type"
> {
  /** The text as typed: dd/mm/yyyy, or any UK way the workbook readers accept (9/3/26, 9 Mar 2026). */
  value: string;
  onChange: (value: string) => void;
}

/** Dates a panel could mean (docs/rules.md: dates outside 1990–2100 are problems, not dates). */
const EARLIEST = dayOf(1990, 1, 1);
const LATEST = dayOf(2100, 12, 31);

/**
 * The date typed in a date box, read the UK way whatever the browser's language: the
 * workbook readers' own parser, so "03/09/2026" is 3 September, never 9 March. Undefined when the text
 * is not a date, or not one a panel could mean.
 */
export function dateOfText(text: string): Day | undefined {
  const day = parseUkDate(text);
  return day !== undefined && day >= EARLIEST && day <= LATEST ? day : undefined;
}

/** A day as the date box shows it: dd/mm/yyyy. */
export const dateText = (day: Day): string => formatUkDate(day);

/** The text in the box tidied to dd/mm/yyyy once the person leaves it, when it reads as a date. */
function tidied(text: string): string {
  const day = dateOfText(text);
  return day === undefined ? text : formatUkDate(day);
}

const useStyles = makeStyles({
  input: {
    boxSizing: "border-box",
    width: "12em",
    maxWidth: "100%",
    minHeight: "32px",
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
    "::placeholder": { color: tokens.colorNeutralForeground4 },
  },
});

/**
 * A date box that shows and takes dd/mm/yyyy on every computer: a text box, not the
 * browser's date input, which follows the browser's language (mm/dd/yyyy in an en-US browser). It takes
 * the label, hint and error ids from the Field around it. (Fluent's Input added 3 KB gzip to the page
 * for two date boxes, and its DatePicker more.)
 */
export function DateInput({
  value,
  onChange,
  className,
  onBlur,
  ...control
}: DateInputProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <input
      {...control}
      type="text"
      autoComplete="off"
      placeholder="dd/mm/yyyy"
      className={mergeClasses(styles.input, className)}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onBlur={(event) => {
        const tidy = tidied(event.target.value);
        if (tidy !== event.target.value) onChange(tidy);
        onBlur?.(event);
      }}
    />
  );
}
