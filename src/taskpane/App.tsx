import * as React from "react";
import {
  Body1,
  FluentProvider,
  Subtitle1,
  makeStyles,
  Theme,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { Day } from "../domain/calendar/days";
import { PanelSession } from "../engine/session";
import { PanelPane } from "./PanelPane";
import { OutsideExcel } from "./views/OutsideExcel";

export const ADDIN_NAME = "Tenant Scrutiny Panel";

export interface AppProps {
  /** From officeReady.ts: false when the page was opened in a browser rather than from Excel. */
  inExcel: boolean;
  /** The workbook, through one interface (engine/session.ts); none outside Excel until the sample is loaded. */
  session?: PanelSession;
  /** "Today" as a Day: the default date of a meeting to record. */
  today: Day;
  /** Fluent's theme matching Office's, chosen by index.tsx (components never touch Office); light by default. */
  theme?: Theme;
  /** Outside Excel: loads the sample workbook (index.tsx). */
  onTryDemo?: () => void | Promise<void>;
  /** The session works on the made-up sample workbook, not the officers' own. */
  isDemo?: boolean;
  /** Scan as soon as the pane opens with a session (the sample workbook). */
  scanOnOpen?: boolean;
}

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    // Gaps of the page's own; paragraphs' default margins would double them.
    "& p, & h2, & h3, & h4": { marginTop: 0, marginBottom: 0 },
    minWidth: 0,
    maxWidth: "100%",
    boxSizing: "border-box",
    // Long words (sheet names, addresses) break only when a line cannot hold them: "Main" never
    // becomes "Mai n".
    overflowWrap: "break-word",
  },
  // Compact: at 320 px the name takes one line, so the view starts on the first screen.
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  name: { margin: 0 },
  provider: { minHeight: "100vh" },
});

export function App({
  inExcel,
  session,
  today,
  theme = webLightTheme,
  onTryDemo,
  isDemo = false,
  scanOnOpen = false,
}: AppProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <FluentProvider theme={theme} className={styles.provider}>
      <main className={styles.page}>
        <header className={styles.header}>
          <Subtitle1 as="h1" className={styles.name}>
            {ADDIN_NAME}
          </Subtitle1>
          {!session && (
            <Body1 as="p">
              Helps the panel and its officers check the landlord&apos;s KPIs for review triggers
              and keep track of members, attendance, quorum, reviews and deadlines in this workbook.
            </Body1>
          )}
        </header>
        {session ? (
          <PanelPane session={session} today={today} isDemo={isDemo} scanOnOpen={scanOnOpen} />
        ) : (
          <OutsideExcel inExcel={inExcel} onTryDemo={onTryDemo} />
        )}
      </main>
    </FluentProvider>
  );
}
