// A second process for json-file-ledger.test.ts: records `count` deployments in the ledger at
// `path`, racing the test's other writer.
//   node --import tsx json-file-ledger.writer.fixture.ts <path> <name> <count>
import { JsonFileLedger } from "./json-file-ledger";
import { release } from "./ledger-contract";

const [path, name, count] = process.argv.slice(2);
const ledger = new JsonFileLedger(path ?? "");
for (let index = 0; index < Number(count); index++) {
  await ledger.start(release(`1.${name}.${index}`));
}
