import * as React from "react";
import {
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import type { ActionFeedback } from "../usePanel";

export interface ActionMessageProps {
  /** The feedback of the action started here; nothing is shown without one. */
  feedback?: ActionFeedback;
  className?: string;
}

const useStyles = makeStyles({
  message: {
    ":focus": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

/**
 * An action's confirmation or refusal beside the control that started it, a Fluent
 * MessageBar. A new one takes the keyboard focus when the person started the action, so it is seen and
 * read out where they are; one shown again (the view opened later) does not.
 */
export function ActionMessage({
  feedback,
  className,
}: ActionMessageProps): React.JSX.Element | null {
  const styles = useStyles();
  const ref = React.useRef<HTMLDivElement>(null);
  const seen = React.useRef(feedback?.id);
  React.useEffect(() => {
    if (!feedback || feedback.id === seen.current) return;
    seen.current = feedback.id;
    if (feedback.takesFocus) ref.current?.focus();
  }, [feedback]);
  if (!feedback) return null;
  return (
    <MessageBar
      // A new message is a new bar, so screen readers hear it even when it does not take the focus.
      key={feedback.id}
      ref={ref}
      tabIndex={-1}
      intent={feedback.intent}
      className={mergeClasses(styles.message, className)}
      data-action={feedback.action}
    >
      <MessageBarBody>
        <MessageBarTitle>{feedback.title}</MessageBarTitle>
        {feedback.message}
      </MessageBarBody>
    </MessageBar>
  );
}
