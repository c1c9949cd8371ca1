// For unit tests: a compose project answered by a FakeExec, and a reporter that remembers what it
// was told.
import type { SourceLocation } from "@quai/core";
import type { ComposeCli } from "../compose-cli";
import { ComposeProject } from "../compose-project";
import type { FailedTest } from "../test-report";
import type { FakeExec } from "./fake-exec";

export const PLUGIN: ComposeCli = { command: "docker", prefix: ["compose"], version: "2.26.1" };

export function fakeProject(fake: FakeExec, name = "quai-test"): ComposeProject {
  return new ComposeProject(fake.exec, PLUGIN, { name, files: ["/ws/compose.yml"], env: {}, cwd: "/ws" });
}

/** `compose ps --format json` lines: [service, state, health, exit code]. */
export function psOutput(...containers: Array<[string, string, string?, number?]>): string {
  return containers
    .map(([service, state, health = "", exitCode = 0]) =>
      JSON.stringify({
        Name: `quai-test-${service}-1`,
        Service: service,
        State: state,
        Health: health,
        ExitCode: exitCode,
      }),
    )
    .join("\n");
}

export class FakeReporter {
  readonly events: string[] = [];
  readonly warnings: string[] = [];
  readonly failedTests: FailedTest[] = [];

  readonly group = async <T>(title: string, work: () => Promise<T>): Promise<T> => {
    this.events.push(`group: ${title}`);
    return work();
  };

  readonly info = (message: string): void => {
    this.events.push(message);
  };

  /** The warnings with where they point, for those given a location. */
  readonly warningsAt: { message: string; location?: SourceLocation }[] = [];

  readonly warning = (message: string, location?: SourceLocation): void => {
    this.warnings.push(message);
    this.warningsAt.push({ message, location });
  };

  readonly testFailed = (failure: FailedTest): void => {
    this.failedTests.push(failure);
  };

  get groups(): string[] {
    return this.events.filter((event) => event.startsWith("group: ")).map((event) => event.slice(7));
  }
}
