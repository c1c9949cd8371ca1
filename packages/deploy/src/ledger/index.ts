export * from "./github-ledger";
export * from "./json-file-ledger";
export * from "./status-description";
