import { createRequire as __quaiCreateRequire } from "node:module";
import { dirname as __quaiDirname } from "node:path";
import { fileURLToPath as __quaiFileURLToPath } from "node:url";
const require = __quaiCreateRequire(import.meta.url);
const __filename = __quaiFileURLToPath(import.meta.url);
const __dirname = __quaiDirname(__filename);
import {
  decidingChart,
  escapeHtml
} from "./chunk-27LAB7YH.js";
import {
  GitHubApiError,
  connectTarget,
  createGitHubApi,
  deployFromConfig,
  gitHubApiUrl,
  openLedger,
  productionEnvironments,
  readQuaiFile,
  require_dist,
  resolveEnvironment,
  systemClock
} from "./chunk-2E767ES7.js";
import {
  formatDuration,
  shortDigest,
  shownPath
} from "./chunk-MFDJLMKA.js";
import "./chunk-6DWLYUJV.js";
import {
  InvalidValueError,
  UserError,
  __toESM,
  abbreviate,
  firstLine,
  quoteValue
} from "./chunk-UQTKVT6Y.js";

// packages/report/src/block-entry.ts
var import_yaml = __toESM(require_dist(), 1);
var WRITE_OPTIONS = { lineWidth: 0 };
function addBlockEntry(text, entry) {
  const document = (0, import_yaml.parseDocument)(text);
  if (document.errors.length > 0) {
    return {
      edited: false,
      why: `quai.yml is not valid YAML (${document.errors[0]?.message.split("\n")[0]})`
    };
  }
  if (!(0, import_yaml.isMap)(document.contents)) return { edited: false, why: "quai.yml's top level is not a mapping" };
  const blocked = document.get("blocked", true);
  if ((0, import_yaml.isNode)(blocked) && hasAnchorsOrAliases(blocked)) {
    return {
      edited: false,
      why: "quai.yml's blocked: list uses YAML anchors or aliases, which an edit could break"
    };
  }
  if (document.toString(WRITE_OPTIONS) !== text) {
    return { edited: false, why: "the yaml library would rewrite more of quai.yml than the blocked: entry" };
  }
  if ((0, import_yaml.isSeq)(blocked)) {
    const listed = blocked.items.some((item) => (0, import_yaml.isMap)(item) && String(item.get("version")) === entry.version);
    if (listed) return { edited: false, why: `quai.yml's blocked: list already has ${entry.version}` };
    blocked.items.push(document.createNode(entry));
  } else if (blocked === void 0 || (0, import_yaml.isScalar)(blocked) && blocked.value === null) {
    document.set("blocked", document.createNode([entry]));
  } else {
    return { edited: false, why: "quai.yml's blocked: is not a list" };
  }
  return { edited: true, text: document.toString(WRITE_OPTIONS) };
}
function hasAnchorsOrAliases(node) {
  let found = false;
  (0, import_yaml.visit)(node, (_key, visited) => {
    if ((0, import_yaml.isAlias)(visited) || (0, import_yaml.isNode)(visited) && visited.anchor) {
      found = true;
      return import_yaml.visit.BREAK;
    }
    return void 0;
  });
  return found;
}

// packages/report/src/open-report.ts
import { posix } from "node:path";

// packages/report/src/render.ts
var MAX_BODY_CHARACTERS = 65536;
function reportKind(result) {
  switch (result.action.kind) {
    case "rolled-back":
      return "rollback";
    case "escalated":
      return "escalated";
    case "restored":
      return "drift";
    case "reported":
      return result.verdict === "inconclusive" ? "inconclusive" : "drift";
    default:
      return void 0;
  }
}
function reportMarker(result, kind) {
  const digest = result.declared?.digest ?? "none";
  return `<!-- quai-report app=${result.settings.app} env=${result.settings.name} digest=${digest} kind=${kind} -->`;
}
function reportTitle(result, kind) {
  const { app, name } = result.settings;
  const release = result.declared ? `${app} ${result.declared.version}` : app;
  const signal = result.deciding?.signal ?? "the watch";
  const titles = {
    rollback: `Rolled back ${release} in ${name}: ${signal}`,
    escalated: `Escalated: ${release} in ${name} rolled back, and the release gone back to fails too`,
    drift: `Drift of ${release} in ${name}: ${signal}`,
    inconclusive: `Inconclusive watch of ${release} in ${name}: ${signal}`
  };
  return titles[kind];
}
function renderReport(result, context) {
  const kind = reportKind(result) ?? "drift";
  const sections = [
    reportMarker(result, kind),
    verdictSection(result),
    whatQuaiDid(result),
    signalsSection(result),
    releasesSection(result, context),
    containerSection(result, context),
    timelineSection(result),
    kind === "rollback" ? liftSection(result) : void 0,
    linksSection(result, context),
    context.jobToken ? JOB_TOKEN_NOTE : void 0
  ];
  const body = sections.filter((section) => Boolean(section)).join("\n\n");
  return fitBody(mask(body, context.secrets ?? []), context.runUrl);
}
var JOB_TOKEN_NOTE = "> [!NOTE]\n> quai opened this with the job's `GITHUB_TOKEN`: GitHub starts no workflow for what that token opens or pushes, so no workflow runs on this report by itself, a pull request's checks among them. To run the checks, close and reopen it, or push to its branch.";
function mask(text, secrets) {
  return secrets.filter(Boolean).reduce((masked2, secret) => masked2.replaceAll(secret, "***"), text);
}
function fitBody(body, runUrl) {
  if (body.length <= MAX_BODY_CHARACTERS) return body;
  const note = `

**Truncated:** the report is longer than GitHub's ${MAX_BODY_CHARACTERS} characters; ${runUrl ? `the whole of it is in [the run](${runUrl})` : "the whole of it is in the run's log"}.`;
  const room = MAX_BODY_CHARACTERS - note.length - "\n```\n</details>".length;
  const cut = body.slice(0, body.lastIndexOf("\n", room));
  const openFence = (cut.match(/^```/gm) ?? []).length % 2 === 1 ? "\n```" : "";
  const openDetails = (cut.match(/<details>/g) ?? []).length > (cut.match(/<\/details>/g) ?? []).length ? "\n</details>" : "";
  return `${cut}${openFence}${openDetails}${note}`;
}
function verdictSection(result) {
  const { deciding } = result;
  const line = deciding ? `${result.verdict}: ${deciding.signal}, ${deciding.reason}` : result.verdict;
  return `**Verdict:** ${inline(line)}`;
}
function whatQuaiDid({ action, declared }) {
  const lines = [`**What quai did:** ${inline(action.why)}`];
  if (action.kind === "rolled-back" || action.kind === "escalated") {
    const { deployment } = action.deploy;
    lines.push(
      "",
      `- rolled back to **${inline(action.to)}** at ${timeOf(Date.parse(deployment.updatedAt))}`,
      `- blocked **${inline(action.blocked)}**${declared ? ` (${code(declared.digest)})` : ""} in the ledger`
    );
    if (deployment.hold)
      lines.push(`- held automatic deploys: ${inline(deployment.hold)} (a deploy a person starts lifts it)`);
  }
  return lines.join("\n");
}
function signalsSection(result) {
  const bySignal = /* @__PURE__ */ new Map();
  for (const sample of result.samples)
    bySignal.set(sample.signal, [...bySignal.get(sample.signal) ?? [], sample]);
  const rows = [...bySignal].map(([signal, samples]) => {
    const threshold = result.thresholds[signal] ?? "";
    const last = samples.at(-1)?.reading;
    const failing = samples.filter((sample) => sample.reading.kind === "fail").length;
    return [
      signal === result.deciding?.signal ? `**${cell(signal)}**` : cell(signal),
      cell(threshold),
      cell(baselineIn(threshold) ?? "\u2013"),
      cell(last ? `${last.kind}: ${last.detail}` : ""),
      `${samples.length} (${failing} failing)`
    ];
  });
  const table = [
    "| Signal | Threshold | Baseline | Observed | Samples |",
    "| --- | --- | --- | --- | --- |",
    ...rows.map((row) => `| ${row.join(" | ")} |`)
  ];
  const deciding = result.deciding?.signal;
  const chart = deciding && decidingChart(result.samples.filter((sample) => sample.signal === deciding));
  return ["### Signals", "", ...table, ...chart ? ["", "```mermaid", chart, "```"] : []].join("\n");
}
function baselineIn(threshold) {
  return /\bbaseline (.+)$/.exec(threshold)?.[1];
}
function releasesSection(result, context) {
  const { declared, action } = result;
  if (!declared) return void 0;
  const running = action.kind === "rolled-back" || action.kind === "escalated" ? action.deploy.release : void 0;
  const lines = [
    "### Releases",
    "",
    "| | Version | Digest | Commit |",
    "| --- | --- | --- | --- |",
    `| Declared (the ledger's) | ${cell(declared.version)} | ${code(declared.digest)} | ${code(declared.commit)} |`
  ];
  if (running) {
    lines.push(
      `| Running now | ${cell(running.version)} | ${code(running.digest)} | ${code(running.commit)} |`
    );
    if (running.commit && declared.commit && running.commit !== declared.commit) {
      const range = `${running.commit.slice(0, 7)}...${declared.commit.slice(0, 7)}`;
      const server = (context.serverUrl ?? "https://github.com").replace(/\/+$/, "");
      const compare = `${server}/${context.repository}/compare/${running.commit}...${declared.commit}`;
      lines.push(
        "",
        `What changed from ${inline(running.version)} to ${inline(declared.version)}: ${context.repository ? `[${range}](${compare})` : code(range)}`
      );
    }
  }
  return lines.join("\n");
}
function containerSection(result, context) {
  const container = context.container ?? result.drifting?.state;
  if (!container && result.logTail.length === 0) return void 0;
  const lines = ["### The failing container", ""];
  if (container) {
    lines.push(
      `- exit code ${container.exitCode}${container.oomKilled ? ", **OOM-killed**" : ", not OOM-killed"}`,
      `- ${container.restartCount} restarts, ${container.running ? "running" : "not running"}${container.health ? `, HEALTHCHECK ${inline(container.health)}` : ""}`
    );
    if (container.healthLog.length > 0) {
      lines.push("", "Last health check outputs:", "", fenced(container.healthLog.join("\n")));
    }
  }
  if (result.logTail.length > 0) {
    lines.push(
      "",
      "<details>",
      `<summary>Last ${result.logTail.length} log lines (secrets masked)</summary>`,
      "",
      fenced(result.logTail.join("\n")),
      "",
      "</details>"
    );
  }
  return lines.join("\n");
}
function timelineSection(result) {
  const { deciding, action, targetWatch } = result;
  const events = [`- ${timeOf(result.startedMs)}: the watch of ${inline(result.settings.name)} started`];
  const firstFailure = deciding && result.samples.find((sample) => sample.signal === deciding.signal && sample.reading.kind === "fail");
  if (firstFailure)
    events.push(
      `- ${timeOf(firstFailure.atMs)}: ${inline(firstFailure.signal)} failed first: ${inline(firstFailure.reading.detail)}`
    );
  events.push(
    `- ${timeOf(result.endedMs)}: ${inline(result.verdict)}${deciding ? ` on ${inline(deciding.signal)}` : ""}`
  );
  if (action.kind === "rolled-back" || action.kind === "escalated" || action.kind === "restored") {
    events.push(
      `- ${timeOf(Date.parse(action.deploy.deployment.updatedAt))}: ${action.kind === "restored" ? "restored" : "rolled back to"} ${inline(action.to)}`
    );
  }
  if (targetWatch) {
    const verdict = targetWatch.deciding ? `${targetWatch.verdict}, ${targetWatch.deciding.signal}: ${targetWatch.deciding.reason}` : targetWatch.verdict;
    events.push(
      `- ${timeOf(targetWatch.endedMs)}: the watch of the release gone back to ended ${inline(verdict)}`
    );
  }
  return ["### Timeline", "", ...events].join("\n");
}
function liftSection({ declared }) {
  const version = declared ? inline(declared.version) : "the release";
  return [
    "### How to lift the block",
    "",
    `- **Merge** the pull request that adds ${version} to quai.yml's \`blocked:\` list to keep it out of every environment for good, or **close it without merging** to leave quai.yml as it is.`,
    `- Either way the ledger's block stands: deploying ${version} again takes deploy-env's \`force: true\` with a reason. Once it is in \`blocked:\`, **remove the entry** to allow it again.`
  ].join("\n");
}
function linksSection(result, context) {
  const links = [
    context.runUrl && `[the run](${context.runUrl})`,
    context.deploymentsUrl && `[the deployments](${context.deploymentsUrl})`,
    result.settings.url && `[${inline(result.settings.name)}](${result.settings.url})`
  ].filter(Boolean);
  return links.length > 0 ? `**Links:** ${links.join(" \xB7 ")}` : void 0;
}
function timeOf(ms) {
  return Number.isNaN(ms) ? "an unknown time" : new Date(ms).toISOString().replace(/\.\d+Z$/, "Z");
}
function inline(text) {
  return escapeHtml(text).replace(/[\\`*_[\]|~]/g, "\\$&");
}
function cell(text) {
  return inline(text.replace(/\s+/g, " "));
}
function code(text) {
  return text ? `\`${text.replaceAll("`", "")}\`` : "\u2013";
}
function fenced(text) {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  return `${fence}
${text}
${fence}`;
}

// packages/report/src/open-report.ts
var REPORT_SETTINGS = ["pull-request", "issue"];
var REPORT_LABEL = "quai:rollback";
var PER_PAGE = 100;
var MAX_PAGES = 5;
function reportSetting(value) {
  const setting = REPORT_SETTINGS.find((candidate) => candidate === value.trim());
  if (!setting) {
    throw new InvalidValueError("report", value, "expected pull-request or issue", {
      hint: "Write report: pull-request (the default: the block as a pull request) or report: issue"
    });
  }
  return setting;
}
async function openRollbackReport(api, options) {
  const setting = reportSetting(options.report);
  const kind = reportKind(options.result);
  if (!kind) return void 0;
  const github = new RepositoryCalls(api, options.context.repository);
  const secrets = options.context.secrets ?? [];
  const body = renderReport(options.result, options.context);
  const marker = reportMarker(options.result, kind);
  const open = await github.openReport(marker);
  if (open) {
    const comment = await github.call(
      "comment on the open report",
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
      { issue_number: open.number, body: fitBody(`**Seen again.**

${body}`, options.context.runUrl) }
    );
    options.log.info(`The same drift has an open report: commented on ${open.html_url}`);
    return { kind: "comment", url: comment.data.html_url, number: open.number };
  }
  const title = mask(reportTitle(options.result, kind), secrets);
  const labels = [REPORT_LABEL, options.result.settings.name];
  const why = pullRequestRefusal(setting, kind);
  if (!why) {
    const opened = await openPullRequest(github, options, { title, body, labels });
    if (!("why" in opened)) return opened;
    options.log.warning(
      `Could not open a pull request (${opened.why}): opening an issue with the same report`
    );
    return openIssue(github, options, {
      title,
      body: `> ${opened.why}: this is an issue, not the pull request that blocks the release.

${body}`,
      labels
    });
  }
  options.log.info(`Opening an issue: ${why}`);
  return openIssue(github, options, { title, body, labels });
}
function pullRequestRefusal(setting, kind) {
  if (setting === "issue") return "report is issue";
  if (kind !== "rollback")
    return "nothing changes in Git for this verdict, so there is no pull request to open";
  return void 0;
}
async function openIssue(github, options, report) {
  const created = await github.call(
    "open the report's issue",
    "POST /repos/{owner}/{repo}/issues",
    {
      title: report.title,
      body: fitBody(report.body, options.context.runUrl),
      labels: report.labels,
      ...options.assignees?.length ? { assignees: options.assignees } : {}
    }
  );
  options.log.info(`Opened issue ${created.data.html_url}`);
  return { kind: "issue", url: created.data.html_url, number: created.data.number };
}
async function openPullRequest(github, options, report) {
  const { result } = options;
  const { declared, deciding } = result;
  if (!declared) return { why: "the ledger names no release to block" };
  const secrets = options.context.secrets ?? [];
  const entry = {
    version: declared.version,
    reason: mask(
      `${deciding?.signal ?? "drift"} in ${result.settings.name}: ${deciding?.reason ?? result.action.why}`,
      secrets
    )
  };
  const path = posix.normalize(options.config).replace(/^\/+/, "");
  let opened;
  try {
    const repository = await github.call(
      "read the repository",
      "GET /repos/{owner}/{repo}",
      {}
    );
    const base = repository.data.default_branch;
    const file = await github.call(
      `read ${path}`,
      "GET /repos/{owner}/{repo}/contents/{path}",
      {
        path,
        ref: base
      }
    );
    const edit = addBlockEntry(Buffer.from(file.data.content, "base64").toString("utf8"), entry);
    if (!edit.edited) return { why: edit.why };
    const branch = `quai/rollback/${result.settings.name}/${declared.version}`;
    await github.branchAt(branch, base);
    await github.call("commit the block", "PUT /repos/{owner}/{repo}/contents/{path}", {
      path,
      message: `Block ${result.settings.app} ${declared.version}: ${entry.reason}`,
      content: Buffer.from(edit.text).toString("base64"),
      sha: file.data.sha,
      branch
    });
    const pull = await github.call("open the pull request", "POST /repos/{owner}/{repo}/pulls", {
      title: report.title,
      head: branch,
      base,
      body: fitBody(report.body, options.context.runUrl)
    });
    opened = pull.data;
  } catch (error) {
    const refused = error instanceof UserError && error.cause instanceof GitHubApiError && [403, 404, 409, 422].includes(error.cause.status);
    if (refused) return { why: error.summary };
    throw error;
  }
  options.log.info(`Opened pull request ${opened.html_url}, blocking ${declared.version} in ${path}`);
  await addPeople(github, options, opened.number, report.labels);
  return { kind: "pull-request", url: opened.html_url, number: opened.number };
}
async function addPeople(github, options, number, labels) {
  const additions = [
    [
      "label the pull request",
      "POST /repos/{owner}/{repo}/issues/{issue_number}/labels",
      { issue_number: number, labels }
    ]
  ];
  if (options.assignees?.length) {
    additions.push([
      "assign the pull request",
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees",
      { issue_number: number, assignees: options.assignees }
    ]);
  }
  if (options.reviewers?.length) {
    additions.push([
      "request reviews",
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
      { pull_number: number, reviewers: options.reviewers }
    ]);
  }
  for (const [what, route, params] of additions) {
    try {
      await github.call(what, route, params);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      options.log.warning(error.summary);
    }
  }
}
var RepositoryCalls = class {
  constructor(api, repository) {
    this.api = api;
    this.repository = repository;
    const [owner, repo, ...rest] = repository.split("/");
    if (!owner || !repo || rest.length) {
      throw new UserError(`Invalid repository: ${JSON.stringify(repository)} (expected owner/name)`);
    }
    this.owner = owner;
    this.repo = repo;
  }
  api;
  repository;
  owner;
  repo;
  /** The open report with this marker, newest first, among those labelled REPORT_LABEL. */
  async openReport(marker) {
    for (let page = 1; page <= MAX_PAGES; page++) {
      const response = await this.call(
        "look for an open report",
        "GET /repos/{owner}/{repo}/issues",
        {
          labels: REPORT_LABEL,
          state: "open",
          per_page: PER_PAGE,
          page
        }
      );
      const found = response.data.find((issue) => issue.body?.includes(marker));
      if (found || response.data.length < PER_PAGE) return found;
    }
    return void 0;
  }
  /** The branch at the head of `base`: made, or moved there when an earlier report left it. */
  async branchAt(branch, base) {
    const head = await this.call(
      `read ${base}`,
      "GET /repos/{owner}/{repo}/git/ref/{ref}",
      {
        ref: `heads/${base}`
      }
    );
    const sha = head.data.object.sha;
    try {
      await this.api.request("POST /repos/{owner}/{repo}/git/refs", {
        owner: this.owner,
        repo: this.repo,
        ref: `refs/heads/${branch}`,
        sha
      });
    } catch (error) {
      if (!(error instanceof GitHubApiError && error.status === 422))
        throw this.explained("create the branch", error);
      await this.call("move the branch", "PATCH /repos/{owner}/{repo}/git/refs/{ref}", {
        ref: `heads/${branch}`,
        sha,
        force: true
      });
    }
  }
  async call(what, route, params) {
    try {
      return await this.api.request(route, { owner: this.owner, repo: this.repo, ...params });
    } catch (error) {
      throw this.explained(what, error);
    }
  }
  explained(what, error) {
    if (!(error instanceof GitHubApiError)) return error;
    const hints = {
      401: "The token is invalid or expired; inside Actions pass the job's github.token",
      403: "Give the job's token `contents: write`, `pull-requests: write` and `issues: write` in the workflow's `permissions:`; for a pull request by GITHUB_TOKEN, also allow it in Settings \u2192 Actions \u2192 General \u2192 \"Allow GitHub Actions to create and approve pull requests\"",
      404: `Check that ${this.repository} exists, that the token may see it, and that the config input names quai.yml's path in it`
    };
    return new UserError(`Cannot ${what} in ${this.repository}: ${error.message}`, {
      hint: hints[error.status] ?? "GitHub may be having trouble; the rollback stands, and the next sweep reports again",
      cause: error
    });
  }
};

// packages/report/src/watch-and-report.ts
import { relative, resolve as resolve2 } from "node:path";

// packages/drift/src/configuration-signal.ts
var CONFIGURATION_DRIFT = "configuration drift";
function configurationDriftSignal(observe) {
  return {
    name: CONFIGURATION_DRIFT,
    threshold: "variables, labels, ports, networks and nginx config as quai wrote them",
    async read(window) {
      const { serving, configuration } = await observe(window);
      if (!serving) return { kind: "no-data", detail: "nothing serves the environment to compare" };
      if (configuration === void 0) {
        return {
          kind: "no-data",
          detail: "quai kept no record of what it wrote here (an earlier quai deployed it); the next deploy does"
        };
      }
      if (configuration.length === 0) return { kind: "pass", value: 0, detail: "as quai wrote it" };
      return { kind: "fail", now: true, value: configuration.length, detail: configuration.join("; ") };
    }
  };
}

// packages/drift/src/probe-signals.ts
function httpProbeName(request) {
  return `GET ${request.path} \u2192 ${request.expectedStatus}`;
}
function httpProbeSignal(probe, request) {
  return {
    name: httpProbeName(request),
    threshold: `answers ${request.expectedStatus} within ${formatDuration(request.timeoutMs)}`,
    async read() {
      let result;
      try {
        result = await probe.probe();
      } catch (error) {
        const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0];
        return { kind: "error", detail: `the probe could not run: ${reason}` };
      }
      if (result.healthy) {
        return { kind: "pass", detail: `GET ${request.path} answered ${request.expectedStatus}` };
      }
      return { kind: "fail", detail: result.reason };
    }
  };
}

// packages/drift/src/release-signals.ts
var DIGEST_DRIFT = "digest drift";
var CONTAINER_HEALTH = "container health";
var RESTART_BURST = { count: 3, withinMs: 5 * 6e4 };
function digestDriftSignal(observe, declared) {
  return {
    name: DIGEST_DRIFT,
    threshold: `serves ${declared.version} (${shortDigest(declared.digest)})`,
    async read(window) {
      const { serving } = await observe(window);
      if (!serving)
        return { kind: "fail", now: true, detail: `nothing serves; the ledger says ${declared.version}` };
      if (serving.digest === declared.digest) {
        return { kind: "pass", detail: `serves ${serving.version} as the ledger says` };
      }
      return {
        kind: "fail",
        now: true,
        detail: `serves ${serving.version || "an unlabelled container"} (${shortDigest(serving.digest) || "no digest"}), the ledger says ${declared.version} (${shortDigest(declared.digest)})`
      };
    }
  };
}
function containerHealthSignal(observe) {
  const restarts = [];
  return {
    name: CONTAINER_HEALTH,
    threshold: `no OOM kill, not unhealthy, < ${RESTART_BURST.count} restarts in 5 min`,
    async read(window) {
      const { state } = await observe(window);
      if (!state) return { kind: "error", detail: "nothing serves the environment to look at" };
      restarts.push({ atMs: window.endMs, count: state.restartCount });
      const burst = restartsWithin(restarts, window.endMs - RESTART_BURST.withinMs);
      if (state.oomKilled) return { kind: "fail", now: true, detail: `OOM-killed (${describe(state)})` };
      if (state.health === "unhealthy") {
        return { kind: "fail", now: true, detail: `HEALTHCHECK unhealthy (${describe(state)})` };
      }
      if (burst >= RESTART_BURST.count) {
        return {
          kind: "fail",
          now: true,
          detail: `restarted ${burst} times within 5 min (${describe(state)})`
        };
      }
      if (!state.running) return { kind: "fail", value: burst, detail: `not running (${describe(state)})` };
      const sinceLast = state.restartCount - (restarts.at(-2)?.count ?? state.restartCount);
      if (sinceLast > 0) {
        return {
          kind: "fail",
          value: burst,
          detail: `restarted ${sinceLast} times since the last sample, ${burst} within 5 min`
        };
      }
      return { kind: "pass", value: 0, detail: `running, ${state.restartCount} restarts in all` };
    }
  };
}
function restartsWithin(seen, sinceMs) {
  const inSpan = seen.filter((look) => look.atMs >= sinceMs);
  const before = seen.filter((look) => look.atMs < sinceMs).at(-1) ?? inSpan[0];
  const last = inSpan.at(-1);
  return before && last ? last.count - before.count : 0;
}
function describe(state) {
  return `exit code ${state.exitCode}, ${state.restartCount} restarts${state.running ? ", running" : ", not running"}`;
}

// packages/drift/src/traffic-signals.ts
var FIVE_XX_SHARE = "5xx share";
var P99_LATENCY = "p99 latency";
function parseAccessLog(lines) {
  const entries = [];
  for (const line of lines) {
    let fields;
    try {
      fields = JSON.parse(line);
    } catch {
      continue;
    }
    if (typeof fields !== "object" || fields === null) continue;
    const { time, status, request_time, release } = fields;
    if (typeof time !== "number" || typeof status !== "number" || typeof request_time !== "number") continue;
    if (typeof release !== "string") continue;
    entries.push({
      timeMs: Math.round(time * 1e3),
      status,
      requestMs: Math.round(request_time * 1e3),
      release
    });
  }
  return entries;
}
function trafficFigures(entries) {
  const times = entries.map((entry) => entry.requestMs).sort((a, b) => a - b);
  const errors = entries.filter((entry) => entry.status >= 500 && entry.status <= 599).length;
  return {
    requests: entries.length,
    share5xx: entries.length === 0 ? 0 : errors / entries.length,
    p50Ms: nearestRank(times, 50),
    p95Ms: nearestRank(times, 95),
    p99Ms: nearestRank(times, 99)
  };
}
async function windowFigures(readAccessLog, release, window) {
  const lines = await readAccessLog(window.startMs);
  return lines && trafficFigures(entriesOf(parseAccessLog(lines), release, window));
}
function trafficSignals(readAccessLog, release, watch, baseline) {
  let current;
  const sampled = (window) => {
    if (current?.endMs !== window.endMs) {
      current = { endMs: window.endMs, figures: windowFigures(readAccessLog, release, window) };
    }
    return current.figures;
  };
  const judged = (judge, value) => async (window) => {
    const figures = await sampled(window);
    if (!figures)
      return { kind: "no-data", detail: "the target has no quai proxy whose access log to read" };
    if (figures.requests < watch.minRequests) {
      return {
        kind: "no-data",
        detail: `${figures.requests} requests to ${release} in the sample, fewer than min-requests ${watch.minRequests}`
      };
    }
    const detail = describeFigures(figures, release);
    return { kind: judge(figures) ? "fail" : "pass", value: value(figures), detail };
  };
  const maxShare = watch.max5xxShare / 100;
  const maxP99 = baseline && baseline.p99Ms * (1 + watch.maxP99Increase / 100);
  return [
    {
      name: FIVE_XX_SHARE,
      threshold: baseline ? `> ${percent(maxShare)} and > ${watch.max5xxRatioToBaseline}\xD7 baseline ${percent(baseline.share5xx)}` : `> ${percent(maxShare)}`,
      read: judged(
        ({ share5xx }) => share5xx > maxShare && (!baseline || share5xx > watch.max5xxRatioToBaseline * baseline.share5xx),
        ({ share5xx }) => share5xx * 100
      )
    },
    {
      name: P99_LATENCY,
      threshold: baseline ? `> ${watch.maxP99Ms} ms or > ${watch.maxP99Increase}% above baseline ${baseline.p99Ms} ms` : `> ${watch.maxP99Ms} ms`,
      read: judged(
        ({ p99Ms }) => p99Ms > watch.maxP99Ms || maxP99 !== void 0 && p99Ms > maxP99,
        ({ p99Ms }) => p99Ms
      )
    }
  ];
}
function entriesOf(entries, release, window) {
  return entries.filter(
    (entry) => entry.release === release && entry.timeMs >= window.startMs && entry.timeMs < window.endMs
  );
}
function nearestRank(sorted, percentile) {
  if (sorted.length === 0) return 0;
  return sorted[Math.max(1, Math.ceil(percentile / 100 * sorted.length)) - 1] ?? 0;
}
function describeFigures(figures, release) {
  return `${percent(figures.share5xx)} 5xx of ${figures.requests} requests to ${release}; p50 ${figures.p50Ms} ms, p95 ${figures.p95Ms} ms, p99 ${figures.p99Ms} ms`;
}
function percent(share) {
  const value = share * 100;
  return `${value >= 10 ? value.toFixed(1) : Number(value.toPrecision(2))}%`;
}

// packages/drift/src/watch.ts
async function watchRelease(signals, rules, clock, onSample = () => {
}) {
  const startedMs = clock.now();
  const samples = [];
  const failures = /* @__PURE__ */ new Map();
  const errors = /* @__PURE__ */ new Map();
  const end = (verdict, deciding) => ({
    verdict,
    deciding,
    samples,
    startedMs,
    endedMs: clock.now()
  });
  let window = { startMs: startedMs, endMs: startedMs };
  for (; ; ) {
    await clock.sleep(Math.min(rules.intervalMs, startedMs + rules.windowMs - window.endMs));
    window = { startMs: window.endMs, endMs: clock.now() };
    for (const signal of signals) {
      const reading = await readSafely(signal, window);
      const sample = { atMs: window.endMs, signal: signal.name, reading };
      samples.push(sample);
      onSample(sample);
      const failed = reading.kind === "fail" ? (failures.get(signal.name) ?? 0) + 1 : 0;
      const errored = reading.kind === "error" ? (errors.get(signal.name) ?? 0) + 1 : 0;
      failures.set(signal.name, failed);
      errors.set(signal.name, errored);
      if (reading.kind === "fail" && (reading.now || failed >= rules.failureLimit)) {
        const count = reading.now ? "" : ` for ${failed} samples`;
        return end("drifted", { signal: signal.name, reason: `${reading.detail}${count}` });
      }
      if (errored >= rules.errorLimit) {
        return end("inconclusive", {
          signal: signal.name,
          reason: `${signal.name} could not be measured ${errored} times in a row: ${reading.detail}`
        });
      }
    }
    if (window.endMs - startedMs >= rules.windowMs) return end("verified");
  }
}
async function readSafely(signal, window) {
  try {
    return await signal.read(window);
  } catch (error) {
    return {
      kind: "error",
      detail: (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? ""
    };
  }
}

// packages/drift/src/watch-environment.ts
import { resolve } from "node:path";

// packages/drift/src/prometheus-api.ts
var PROMETHEUS_TIMEOUT_MS = 5e3;
var URL_HINT = "Check the url under watch: prometheus in quai.yml, and that the runner reaches it (a firewall, a VPN)";
function prometheusHttpApi(url, timeoutMs = PROMETHEUS_TIMEOUT_MS) {
  const endpoint = `${url.replace(/\/+$/, "")}/api/v1/query`;
  return {
    async query(expression, atMs) {
      let status;
      let statusText;
      let text;
      try {
        const response = await fetch(endpoint, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
          body: new URLSearchParams({ query: expression, time: (atMs / 1e3).toFixed(3) }),
          signal: AbortSignal.timeout(timeoutMs)
        });
        ({ status, statusText } = response);
        text = await response.text();
      } catch (error) {
        throw unreachableError(url, error, timeoutMs);
      }
      const answer = parseAnswer(text);
      if (!answer) {
        throw new UserError(
          `Prometheus at ${url} answered HTTP ${status}${statusText ? ` ${statusText}` : ""} to ${endpoint}, not with its JSON: ${abbreviate(text.trim().replace(/\s+/g, " ")) || "an empty body"}`,
          { hint: `Is ${url} the Prometheus server itself, such as http://prometheus:9090? ${URL_HINT}` }
        );
      }
      return decodeQueryAnswer(answer, expression);
    }
  };
}
function unreachableError(url, error, timeoutMs = PROMETHEUS_TIMEOUT_MS) {
  if (error instanceof Error && error.name === "TimeoutError") {
    return new UserError(`Prometheus at ${url} did not answer within ${formatDuration(timeoutMs)}`, {
      hint: `${URL_HINT}; a query that takes longer is too heavy to sample every interval`,
      cause: error
    });
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const why = cause instanceof Error ? cause.message : String(cause);
  return new UserError(`Prometheus at ${url} did not answer: ${why}`, { hint: URL_HINT, cause: error });
}
function parseAnswer(text) {
  try {
    const body = JSON.parse(text);
    if (body?.status === "success") return typeof body.data === "object" && body.data ? body : void 0;
    return body?.status === "error" ? body : void 0;
  } catch {
    return void 0;
  }
}
function decodeQueryAnswer(answer, expression) {
  const query = quoteValue(expression);
  if (answer.status === "error") {
    throw new UserError(`Prometheus could not run the query ${query}: ${answer.errorType}: ${answer.error}`, {
      hint: "Try the query in Prometheus' expression browser, then fix it under watch: prometheus: queries in quai.yml"
    });
  }
  const { resultType, result } = answer.data;
  if (resultType === "scalar") return [{ labels: {}, value: sampleValue(result, query) }];
  if (resultType === "vector" && Array.isArray(result)) {
    return result.map((series) => ({
      labels: { ...series.metric },
      value: sampleValue(series.value, query)
    }));
  }
  const what = resultType === "matrix" ? "a range vector (matrix)" : `a ${resultType}`;
  throw new UserError(`The query ${query} returns ${what}, not one number per series`, {
    hint: "Write an instant vector or a scalar: a range such as [1m] goes inside rate(\u2026) or another function"
  });
}
function sampleValue(pair, query) {
  const text = Array.isArray(pair) ? pair[1] : void 0;
  if (text === "+Inf" || text === "Inf") return Number.POSITIVE_INFINITY;
  if (text === "-Inf") return Number.NEGATIVE_INFINITY;
  const value = typeof text === "string" ? Number(text) : Number.NaN;
  if (Number.isNaN(value) && text !== "NaN") {
    throw new UserError(
      `Prometheus answered the query ${query} with a sample quai cannot read: ${abbreviate(JSON.stringify(pair) ?? "nothing")}`,
      {
        hint: "A native histogram has no single value: judge histogram_quantile(\u2026) or a rate of its count instead"
      }
    );
  }
  return value;
}

// packages/drift/src/prometheus-signals.ts
function prometheusSignals(api, prometheus) {
  return (prometheus?.queries ?? []).map((query) => prometheusSignal(api, query));
}
function prometheusSignal(api, { name, query, max }) {
  return {
    name,
    threshold: `> ${max}`,
    async read(window) {
      let samples;
      try {
        samples = await api.query(query, window.endMs);
      } catch (error) {
        if (error instanceof UserError) return { kind: "error", detail: error.message };
        throw error;
      }
      if (samples.length === 0) {
        return {
          kind: "no-data",
          detail: "no series: nothing to judge yet (no traffic, or nothing scraped)"
        };
      }
      const numbers = samples.filter((sample) => !Number.isNaN(sample.value));
      if (numbers.length === 0) {
        return { kind: "no-data", detail: "NaN: nothing to divide by yet (0/0, no traffic in the range)" };
      }
      const highest = numbers.reduce((worst, sample) => sample.value > worst.value ? sample : worst);
      const where = describeSeries(highest, samples.length);
      if (highest.value > max) {
        return { kind: "fail", value: highest.value, detail: `${shown(highest.value)} > ${max}${where}` };
      }
      return { kind: "pass", value: highest.value, detail: `${shown(highest.value)} \u2264 ${max}${where}` };
    }
  };
}
function describeSeries(sample, seriesCount) {
  const labels = Object.entries(sample.labels).map(([label, value]) => `${label}=${JSON.stringify(value)}`).join(", ");
  const on = labels ? ` on {${labels}}` : "";
  return seriesCount > 1 ? `${on} (highest of ${seriesCount} series)` : on;
}
function shown(value) {
  return Number.isFinite(value) ? String(Number(value.toPrecision(4))) : String(value);
}

// packages/drift/src/watch-environment.ts
var ROLLBACK_COOLDOWN_MS = 60 * 6e4;
var LOG_TAIL_LINES = 50;
var PROBE_TIMEOUT_MS = 5e3;
var ROLLBACK_TARGET_WATCH_MS = 5 * 6e4;
async function watchEnvironment(options) {
  const config = resolve(options.workspace, options.config);
  const parsed = readQuaiFile(config, shownPath(config, options.workspace));
  const settings = resolveEnvironment(parsed, options.environment, options.overrides);
  const rules = watchRules(settings, options.windowMs);
  const ledger = openLedger(options.ledger, productionEnvironments(parsed.file));
  const history = await ledger.history(settings.app, settings.name);
  const { target, leases } = await options.reporter.group(
    `Connect to ${settings.target}`,
    () => connectTarget(settings.target, options.engine, process.env, { reporter: options.reporter })
  );
  const { prometheus } = settings.watch;
  return watchConnected(options, {
    settings,
    rules,
    ledger,
    history,
    target,
    leases,
    prometheus: prometheus && prometheusHttpApi(prometheus.url)
  });
}
async function watchConnected(options, { settings, rules, ledger, history, target, leases, prometheus, deploy = deployFromConfig }) {
  const clock = options.clock ?? systemClock;
  const deploying = await leases.heldBy({ app: settings.app, environment: settings.name }, clock);
  if (deploying) {
    const why = `${deploying.holder} is deploying ${settings.name}${deploying.runUrl ? ` (${deploying.runUrl})` : ""}: not watched now`;
    options.reporter.info(why);
    const now = clock.now();
    return {
      verdict: "inconclusive",
      samples: [],
      startedMs: now,
      endedMs: now,
      settings,
      thresholds: {},
      logTail: [],
      timeline: [{ atMs: now, event: why }],
      action: { kind: "skipped", why }
    };
  }
  const last = history.find((deployment) => deployment.status === "success");
  const declared = last && declaredRelease(last);
  const readAccessLog = (sinceMs) => target.accessLog(settings.app, settings.name, sinceMs);
  const probes = settings.watch.probes.map((probe) => {
    const request = { ...probe, timeoutMs: PROBE_TIMEOUT_MS };
    const opened = openedOnFirstUse(
      () => target.openEnvironmentProbe(settings.app, settings.name, options.runId, request)
    );
    return { opened, signal: httpProbeSignal(opened, request) };
  });
  const environmentSignals = [
    ...probes.map(({ signal }) => signal),
    ...prometheus ? prometheusSignals(prometheus, settings.watch.prometheus) : []
  ];
  let lastObservation;
  const signalsFor = (deployment) => {
    const observe = oncePerSample(() => {
      lastObservation = target.observe(settings.app, settings.name);
      return lastObservation;
    });
    if (!deployment) return [containerHealthSignal(observe), ...environmentSignals];
    const release = declaredRelease(deployment);
    return [
      digestDriftSignal(observe, release),
      containerHealthSignal(observe),
      configurationDriftSignal(observe),
      ...trafficSignals(readAccessLog, release.version, settings.watch, baselineOf(history, deployment)),
      ...environmentSignals
    ];
  };
  try {
    return await watchAndAct(
      options,
      { settings, rules, ledger, history, target, deploy, clock },
      {
        signalsFor,
        lastObservation: () => lastObservation,
        last,
        declared,
        readAccessLog
      }
    );
  } finally {
    await Promise.all(probes.map(({ opened }) => opened.close()));
  }
}
async function watchAndAct(options, {
  settings,
  rules,
  ledger,
  history,
  target,
  deploy,
  clock
}, { signalsFor, lastObservation, last, declared, readAccessLog }) {
  const signals = signalsFor(last);
  const watched = await options.reporter.group(
    `Watch ${settings.name}`,
    () => watchRelease(signals, rules, clock, options.onSample)
  );
  const thresholds = Object.fromEntries(signals.map((signal) => [signal.name, signal.threshold]));
  const timeline = watchTimeline(watched, declared?.version);
  const base = { ...watched, settings, thresholds, declared, logTail: [], timeline };
  const deciding = watched.deciding;
  if (watched.verdict !== "drifted" || !deciding) {
    const why = watched.deciding?.reason ?? `${signals.length} signals passed for the whole window`;
    if (watched.verdict === "verified" && last && !options.dryRun) {
      await recordBaseline(readAccessLog, ledger, last, settings, options, {
        startMs: watched.startedMs,
        endMs: watched.endedMs
      });
    }
    if (!options.dryRun) await retireEndedStandby(target, settings, options, clock);
    return { ...base, action: { kind: watched.verdict === "verified" ? "none" : "reported", why } };
  }
  const drifting = await (lastObservation() ?? target.observe(settings.app, settings.name));
  const { serving } = drifting;
  const [logTail, acted] = await Promise.allSettled([
    serving ? target.logTail(serving.id, LOG_TAIL_LINES) : Promise.resolve([]),
    options.reporter.group(
      "Act on the drift",
      () => actOnDrift(deciding, options, { settings, ledger, history, declared, clock, deploy })
    )
  ]);
  if (acted.status === "rejected") throw acted.reason;
  if (logTail.status === "rejected") throw logTail.reason;
  const action = acted.value;
  base.logTail = masked(logTail.value, settings, options);
  timeline.push({ atMs: clock.now(), event: action.why });
  if (action.kind !== "rolled-back") return { ...base, drifting, action };
  const rollbackTarget = action.deploy.deployment;
  const targetRules = { ...rules, windowMs: Math.min(ROLLBACK_TARGET_WATCH_MS, rules.windowMs) };
  const targetWatch = await options.reporter.group(
    `Watch ${rollbackTarget.version}, rolled back to`,
    () => watchRelease(signalsFor(rollbackTarget), targetRules, clock, options.onSample)
  );
  timeline.push(...watchTimeline(targetWatch, rollbackTarget.version));
  if (targetWatch.verdict !== "drifted" || !targetWatch.deciding) {
    return { ...base, drifting, action, targetWatch };
  }
  const escalated = {
    ...action,
    kind: "escalated",
    why: `${action.why}; the rollback target ${rollbackTarget.version} is also failing (${targetWatch.deciding.signal}: ${targetWatch.deciding.reason}): escalated, quai does not walk further back`
  };
  timeline.push({ atMs: clock.now(), event: "escalated: no further rollback, a person decides" });
  return { ...base, drifting, action: escalated, targetWatch };
}
function watchTimeline(watch, version) {
  const events = [
    { atMs: watch.startedMs, event: `watch of ${version ?? "the environment"} started` }
  ];
  const { deciding } = watch;
  const firstFailure = deciding ? watch.samples.find((sample) => sample.signal === deciding.signal && sample.reading.kind !== "pass") : void 0;
  if (deciding && firstFailure) {
    events.push({
      atMs: firstFailure.atMs,
      event: `${deciding.signal} first ${firstFailure.reading.kind === "fail" ? "failed" : "could not be measured"}: ${firstFailure.reading.detail}`
    });
  }
  events.push({
    atMs: watch.endedMs,
    event: deciding ? `${watch.verdict}: ${deciding.signal}, ${deciding.reason}` : watch.verdict
  });
  return events;
}
async function retireEndedStandby(target, settings, options, clock) {
  const stopped = await target.retireStandby(settings.app, settings.name, { nowMs: clock.now() });
  if (stopped.length > 0) {
    options.reporter.info(`The standby window ended: stopped and retained ${stopped.join(", ")}`);
  }
}
function declaredRelease(deployment) {
  return {
    version: deployment.version,
    digest: deployment.digest,
    commit: deployment.commit,
    deploymentId: deployment.id
  };
}
function baselineOf(history, watched) {
  if (!watched) return void 0;
  return history.find(
    (deployment) => deployment.status === "success" && deployment.digest !== watched.digest && deployment.figures
  )?.figures;
}
async function recordBaseline(readAccessLog, ledger, verified, settings, options, window) {
  if (verified.figures) return;
  try {
    const figures = await windowFigures(readAccessLog, verified.version, window);
    if (!figures || figures.requests < settings.watch.minRequests) return;
    await ledger.recordFigures(verified.id, figures);
    options.reporter.info(
      `Recorded the traffic of ${verified.version} as the baseline of the next release: ${describeFigures(figures, verified.version)}`
    );
  } catch (error) {
    options.reporter.warning(
      `Could not record the traffic of ${verified.version} as the next release's baseline: ${error instanceof Error ? error.message : String(error)}`
    );
  }
}
async function actOnDrift({ signal, reason: verdictReason }, options, context) {
  const { settings, ledger, history, declared } = context;
  if (!declared)
    return { kind: "reported", why: "the ledger has no successful deployment here to compare with" };
  const newest = (await ledger.history(settings.app, settings.name)).find(
    (deployment) => deployment.status === "success"
  );
  if (newest && newest.id !== declared.deploymentId) {
    return { kind: "none", why: `superseded: ${newest.version} was deployed while the watch ran` };
  }
  if (signal === CONFIGURATION_DRIFT) {
    return { kind: "reported", why: "configuration drift is reported, never changed: a person decides" };
  }
  if (signal === DIGEST_DRIFT) {
    if (settings.watch.onDigestDrift === "report")
      return { kind: "reported", why: "on-digest-drift is report" };
    if (options.dryRun) return { kind: "reported", why: `dry run: would restore ${declared.version}` };
    const deploy2 = await context.deploy({ ...options, rollback: true, version: declared.version });
    return {
      kind: "restored",
      why: `restored ${declared.version}, which the ledger says serves`,
      to: declared.version,
      deploy: deploy2
    };
  }
  const verifiedBefore = history.some(
    (deployment) => deployment.status === "success" && deployment.digest !== declared.digest
  );
  if (!verifiedBefore) {
    return { kind: "reported", why: "first deploy: there is no verified release to go back to" };
  }
  const guard = rollbackGuard(history, context.clock.now());
  if (guard) return { kind: "reported", why: guard };
  if (options.dryRun) return { kind: "reported", why: `dry run: would roll back ${declared.version}` };
  const reason = `${signal} drifted in ${settings.name}: rolled back by auto-rollback-on-drift`;
  const deploy = await context.deploy({
    ...options,
    rollback: true,
    automatic: true,
    hold: `${declared.version}: ${verdictReason}`,
    rollbackReason: `auto-rollback-on-drift: ${verdictReason}`
  });
  await ledger.block({
    app: settings.app,
    digest: declared.digest,
    version: declared.version,
    reason,
    blockedBy: options.actor,
    environment: settings.name
  });
  return {
    kind: "rolled-back",
    why: `rolled back ${declared.version} to ${deploy.release.version} and blocked ${declared.version}`,
    to: deploy.release.version,
    blocked: declared.version,
    deploy
  };
}
function watchRules(settings, windowMs) {
  const { intervalMs, failureLimit, errorLimit } = settings.watch;
  if (intervalMs > windowMs) {
    throw new UserError(
      `The watch interval of ${settings.name} (${formatDuration(intervalMs)}) is longer than the window watched (${formatDuration(windowMs)})`,
      { hint: "Watch longer (the watch input), or sample more often (watch: interval in quai.yml)" }
    );
  }
  return { windowMs, intervalMs, failureLimit, errorLimit };
}
function rollbackGuard(history, nowMs) {
  const last = history.find((deployment) => deployment.status === "success");
  if (last?.rollbackOf) {
    return `${last.version} serves after a rollback: quai never rolls back a rollback, a person decides`;
  }
  const recent = history.find(
    (deployment) => deployment.rollbackOf && deployment.hold && nowMs - Date.parse(deployment.createdAt) < ROLLBACK_COOLDOWN_MS
  );
  if (recent) {
    return `an automatic rollback already happened within the hour (to ${recent.version}): at most one per hour`;
  }
  return void 0;
}
function openedOnFirstUse(open) {
  let opened;
  return {
    probe: async () => {
      opened ??= open();
      return (await opened).probe();
    },
    close: async () => {
      if (opened) await (await opened.catch(() => void 0))?.close();
    }
  };
}
function oncePerSample(observe) {
  let current;
  return (window) => {
    if (current?.endMs !== window.endMs) current = { endMs: window.endMs, observation: observe() };
    return current.observation;
  };
}
function masked(lines, settings, options) {
  const secrets = settings.variables.map((variable) => "secretFrom" in variable ? options.readSecret(variable.secretFrom) : void 0).filter((value) => Boolean(value));
  return lines.map((line) => secrets.reduce((text, secret) => text.replaceAll(secret, "***"), line));
}

// packages/report/src/watch-and-report.ts
async function watchAndReport(options, { watch = watchEnvironment, connectGitHub = createGitHubApi } = {}) {
  const result = await watch(options);
  const { reporting } = options;
  const repository = reporting.github.env.GITHUB_REPOSITORY;
  if (result.action.kind === "none" || result.action.kind === "skipped") return result;
  try {
    reportSetting(reporting.report);
  } catch (error) {
    return { ...result, reportProblem: firstLine(error) };
  }
  if (!reporting.github.token || !repository) {
    options.reporter.info(
      "No GitHub token or repository: the drift is in the job summary, not reported on GitHub"
    );
    const kind = reportKind(result);
    if (!kind) return result;
    const body = renderReport(result, {
      repository,
      runUrl: options.runUrl,
      jobToken: false,
      secrets: reporting.secrets
    });
    return { ...result, unopened: { title: reportTitle(result, kind), body } };
  }
  try {
    const secrets = [...reporting.secrets, reporting.github.token];
    const report = await options.reporter.group(
      "Report to the team",
      () => openRollbackReport(connectGitHub(reporting.github.token ?? "", gitHubApiUrl(reporting.github.env)), {
        report: reporting.report,
        result,
        context: {
          repository,
          serverUrl: reporting.github.env.GITHUB_SERVER_URL,
          runUrl: options.runUrl,
          // Installation tokens, the job's GITHUB_TOKEN among them, start ghs_; what they open starts no workflow.
          jobToken: reporting.github.token?.startsWith("ghs_") ?? false,
          secrets
        },
        // The contents API's path: from the repository's root, as the workspace checks it out.
        config: relative(options.workspace, resolve2(options.workspace, options.config)),
        assignees: reporting.assignees,
        reviewers: reporting.reviewers,
        log: options.reporter
      })
    );
    if (report) await linkReport(options, result, report);
    return { ...result, report };
  } catch (error) {
    return { ...result, reportProblem: firstLine(error) };
  }
}
async function linkReport(options, result, report) {
  const rolledBack = result.action.kind === "rolled-back" || result.action.kind === "escalated";
  if (!rolledBack || !result.declared) return;
  const ledger = openLedger(options.ledger);
  await ledger.finish(result.declared.deploymentId, "rolled_back", {
    description: `auto-rollback-on-drift: ${result.deciding?.reason ?? result.action.why}`,
    logUrl: report.url
  });
}
export {
  MAX_BODY_CHARACTERS,
  REPORT_LABEL,
  REPORT_SETTINGS,
  addBlockEntry,
  fitBody,
  mask,
  openRollbackReport,
  renderReport,
  reportKind,
  reportMarker,
  reportSetting,
  reportTitle,
  watchAndReport
};
