// The quai command (bin/quai.js loads this, bundled or through tsx).
import { processIo } from "./io";
import { runCli } from "./program";

// `quai history production | head` closes the pipe early: that ends quai quietly, as it ends cat.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(0);
});

process.exitCode = await runCli(process.argv.slice(2), processIo());
