import { describeLedgerContract } from "../ledger/ledger-contract";
import { MemoryLedger } from "./memory-ledger";

// The unit tests above the ledger seam rely on it keeping the contract too.
describeLedgerContract("MemoryLedger", () => new MemoryLedger());
