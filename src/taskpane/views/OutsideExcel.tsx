import * as React from "react";
import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { plainMessage } from "../statusLine";

export interface OutsideExcelProps {
  inExcel: boolean;
  /** Loads the sample workbook; the button is shown only when given. */
  onTryDemo?: () => void | Promise<void>;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  button: { alignSelf: "flex-start", maxWidth: "100%" },
});

/** The page shown without a workbook: how to open the add-in in Excel, and the sample to try it on. */
export function OutsideExcel({ inExcel, onTryDemo }: OutsideExcelProps): React.JSX.Element {
  const styles = useStyles();
  const [loading, setLoading] = React.useState(false);
  const [error, setError] = React.useState<string>();

  const tryDemo = async (): Promise<void> => {
    if (!onTryDemo) return;
    setLoading(true);
    setError(undefined);
    try {
      await onTryDemo();
    } catch (thrown) {
      setError(plainMessage(thrown));
    } finally {
      setLoading(false);
    }
  };

  return (
    <>
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
      {!inExcel && (
        <section className={styles.section} aria-labelledby="open-in-excel">
          <Subtitle1 as="h2" id="open-in-excel">
            Open this in Excel
          </Subtitle1>
          <ol className={styles.steps}>
            <li>
              In Excel on the web, choose Home &gt; Add-ins &gt; More add-ins &gt; Upload my add-in,
              and choose the add-in&apos;s manifest.xml. In Excel on Windows or Mac, your IT team
              can add it for you, or you can add it from a shared folder.
            </li>
            <li>Open the panel&apos;s workbook.</li>
            <li>Choose Home &gt; Scrutiny panel to open this pane beside the workbook.</li>
          </ol>
        </section>
      )}
      {onTryDemo && (
        <section className={styles.section} aria-labelledby="try-sample">
          <Subtitle1 as="h2" id="try-sample">
            Try it first
          </Subtitle1>
          <Body1 as="p">
            The sample is a made-up panel workbook held in this page: nothing is saved and nothing
            leaves your browser.
          </Body1>
          <Button
            appearance="primary"
            className={styles.button}
            disabled={loading}
            onClick={() => void tryDemo()}
          >
            {loading ? "Loading the sample workbook…" : "Try it with a sample workbook"}
          </Button>
          {error && (
            <MessageBar intent="error">
              <MessageBarBody>
                <MessageBarTitle>The sample workbook did not load</MessageBarTitle>
                {error}
              </MessageBarBody>
            </MessageBar>
          )}
        </section>
      )}
    </>
  );
}
