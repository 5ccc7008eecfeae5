import * as React from "react";
import {
  Body1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Title2,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";

export const ADDIN_NAME = "Tenant Scrutiny Panel";

export interface AppProps {
  /** From officeReady.ts: false when the page was opened in a browser rather than from Excel. */
  inExcel: boolean;
}

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
});

export function App({ inExcel }: AppProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.page}>
        <Title2 as="h1">{ADDIN_NAME}</Title2>
        <Body1 as="p">
          Helps the panel and its officers check the landlord&apos;s KPIs for review triggers and
          keep track of members, attendance, quorum, reviews and deadlines in this workbook.
        </Body1>
        {inExcel ? (
          <Body1 as="p">
            The TOSP functions work in any cell, for example <code>=TOSP.PANELYEAR(TODAY())</code>.
          </Body1>
        ) : (
          <MessageBar intent="warning">
            <MessageBarBody>
              <MessageBarTitle>Not in Excel</MessageBarTitle>
              Open this page from Excel: add the add-in with manifest.xml, then choose Home &gt;
              Scrutiny panel.
            </MessageBarBody>
          </MessageBar>
        )}
      </main>
    </FluentProvider>
  );
}
