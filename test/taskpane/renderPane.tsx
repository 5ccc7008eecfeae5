import * as React from "react";
import { render as renderWithAllStyles, RenderOptions, RenderResult } from "@testing-library/react";
import { createDOMRenderer, RendererProvider } from "@fluentui/react-components";

/**
 * The CSS rules testing-library's role queries depend on: whether an element is hidden (display,
 * visibility) and generated text in its accessible name (content).
 */
const READ_BY_ROLE_QUERIES = /display|visibility|content/;

/**
 * Fluent's styles as jsdom needs them for role queries. jsdom's getComputedStyle matches every rule in
 * the document against the element, and testing-library calls it on each element a role query looks at
 * (is it hidden? what is its name?). Fluent's atomic CSS puts hundreds of rules in the document, which
 * made those calls most of the pane tests' time. This Griffel renderer inserts only the rules the queries
 * read; every component still gets its class names. Colours and layout are checked in Chromium
 * (test/e2e/run.js), where all the CSS applies.
 */
const renderer = createDOMRenderer(document, {
  unstable_filterCSSRule: (rule) => READ_BY_ROLE_QUERIES.test(rule),
});

function Styles({ children }: { children: React.ReactNode }): React.ReactElement {
  return <RendererProvider renderer={renderer}>{children}</RendererProvider>;
}

/** testing-library's render, inside the renderer above. */
export function render(ui: React.ReactElement, options: RenderOptions = {}): RenderResult {
  return renderWithAllStyles(ui, { wrapper: Styles, ...options });
}
