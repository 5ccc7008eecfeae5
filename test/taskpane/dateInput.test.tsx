/** @jest-environment jsdom */
import * as React from "react";
import { fireEvent, screen } from "@testing-library/react";
import { render } from "./renderPane";
import { Field } from "@fluentui/react-components";
import { dayFromIso } from "../../src/domain/calendar/days";
import { DateInput, dateOfText, dateText } from "../../src/taskpane/views/DateInput";

/**
 * Every date box shows and takes dd/mm/yyyy whatever the browser's language. These tests run
 * as an American browser would, whatever this machine's own settings: navigator.language en-US, and
 * every locale-dependent date formatting in US order (3 September 2026 as 9/3/2026).
 */
const RealDateTimeFormat = Intl.DateTimeFormat;
beforeAll(() => {
  Object.defineProperty(window.navigator, "language", { value: "en-US", configurable: true });
  Object.defineProperty(window.navigator, "languages", { value: ["en-US"], configurable: true });
  jest
    .spyOn(Intl, "DateTimeFormat")
    .mockImplementation(
      (_locales?: Intl.LocalesArgument, options?: Intl.DateTimeFormatOptions) =>
        new RealDateTimeFormat("en-US", options)
    );
  const toUs = function (this: Date) {
    return new RealDateTimeFormat("en-US").format(this);
  };
  jest.spyOn(Date.prototype, "toLocaleDateString").mockImplementation(toUs);
  jest.spyOn(Date.prototype, "toLocaleString").mockImplementation(toUs);
});
afterAll(() => jest.restoreAllMocks());

test("the browser here is American", () => {
  expect(navigator.language).toBe("en-US");
  expect(new Date(2026, 8, 3).toLocaleDateString()).toBe("9/3/2026");
  expect(new Intl.DateTimeFormat().format(new Date(2026, 8, 3))).toBe("9/3/2026");
});

describe("reading a typed date, the UK way", () => {
  test("dd/mm/yyyy is day first: 03/09/2026 is 3 September, never 9 March", () => {
    expect(dateOfText("03/09/2026")).toBe(dayFromIso("2026-09-03"));
    expect(dateOfText("9/3/26")).toBe(dayFromIso("2026-03-09"));
    expect(dateOfText("9 Mar 2026")).toBe(dayFromIso("2026-03-09"));
    expect(dateOfText("2026-03-09")).toBe(dayFromIso("2026-03-09"));
  });

  test("anything else is no date: US order past the 12th, nonsense, years no panel could mean", () => {
    expect(dateOfText("09/13/2026")).toBeUndefined();
    expect(dateOfText("31/02/2026")).toBeUndefined();
    expect(dateOfText("soon")).toBeUndefined();
    expect(dateOfText("01/09/2204")).toBeUndefined();
  });

  test("a date is shown as dd/mm/yyyy", () => {
    expect(dateText(dayFromIso("2026-09-03"))).toBe("03/09/2026");
  });
});

describe("the date box", () => {
  function DateBox({ initial }: { initial: string }): React.JSX.Element {
    const [text, setText] = React.useState(initial);
    const day = dateOfText(text);
    return (
      <Field label="Meeting date" hint={day === undefined ? "no date" : `read as ${dateText(day)}`}>
        {(control) => <DateInput {...control} value={text} onChange={setText} />}
      </Field>
    );
  }

  test("is a text box showing dd/mm/yyyy, not the browser's own date input", () => {
    render(<DateBox initial={dateText(dayFromIso("2026-11-23"))} />);
    const box = screen.getByLabelText("Meeting date") as HTMLInputElement;
    expect(box.type).toBe("text");
    expect(box.value).toBe("23/11/2026");
    expect(box.placeholder).toBe("dd/mm/yyyy");
  });

  test("takes what is typed the UK way, and tidies it to dd/mm/yyyy on leaving", () => {
    render(<DateBox initial="" />);
    const box = screen.getByLabelText("Meeting date") as HTMLInputElement;
    fireEvent.change(box, { target: { value: "3/9/26" } });
    expect(screen.getByText("read as 03/09/2026")).toBeTruthy();
    fireEvent.blur(box);
    expect(box.value).toBe("03/09/2026");
    fireEvent.change(box, { target: { value: "09/13/2026" } });
    fireEvent.blur(box);
    expect(box.value).toBe("09/13/2026");
    expect(screen.getByText("no date")).toBeTruthy();
  });
});
