export * from "./github-ledger";
export * from "./json-file-ledger";
