/** @jest-environment jsdom */
import * as React from "react";
import { render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";

// jsdom has no ResizeObserver; Fluent's MessageBar observes its own width to decide its layout.
class ResizeObserverStandIn {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
window.ResizeObserver ??= ResizeObserverStandIn as unknown as typeof ResizeObserver;

describe("App", () => {
  test("shows the add-in's name and what it does", () => {
    render(<App inExcel={true} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Tenant Scrutiny Panel");
    expect(screen.getByText(/KPIs for review triggers/)).toBeTruthy();
    expect(screen.queryByText(/Open this page from Excel/)).toBeNull();
  });

  test("says to open it from Excel when opened anywhere else", () => {
    render(<App inExcel={false} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Tenant Scrutiny Panel");
    expect(screen.getByText(/Open this page from Excel: /)).toBeTruthy();
  });
});
