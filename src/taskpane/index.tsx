import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { isRunningInExcel } from "../hosts/excel/officeReady";

const container = document.getElementById("container");
if (container === null) {
  throw new Error('taskpane.html has no element with id "container"');
}
const root = createRoot(container);

// The page shows "Loading…" from taskpane.html until Office says where it is running.
void isRunningInExcel().then((inExcel) => root.render(<App inExcel={inExcel} />));
