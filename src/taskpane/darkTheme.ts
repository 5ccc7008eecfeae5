/**
 * Fluent's dark theme in a chunk of its own ("dark-theme"), loaded by index.tsx only when Office shows a
 * dark theme: most officers use the light one, and each theme's tokens weigh a few KB.
 */
export { webDarkTheme } from "@fluentui/react-components";
