export * from "./probe-programs";
export * from "./probe-verdict";
