export * from "./block-entry";
export * from "./open-report";
export * from "./render";
export * from "./watch-and-report";
