import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { captureSummary, factsOf, linksOf, renderingProblems } from "../../../test/support/job-summary";
import {
  addCodeBlock,
  addCollapsed,
  addFacts,
  addFailure,
  addHeading,
  addTable,
  addText,
  code,
  escapeHtml,
  html,
  joinHtml,
  link,
  withInlineCode,
  writeSummary,
} from "./summary";

afterEach(() => vi.unstubAllEnvs());

describe("job summary helpers", () => {
  it("writes tables, facts and collapsed logs to the runner's summary file", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "quai-summary-")), "summary.md");
    writeFileSync(file, "");
    vi.stubEnv("GITHUB_STEP_SUMMARY", file);
    addTable(
      ["Layer", "Size"],
      [
        ["dependencies", "12 MiB"],
        ["app", "40 KiB"],
      ],
    );
    addFacts({ Digest: "sha256:abc", Skipped: undefined });
    addCollapsed("Log tail of web", "listening on :8080");
    await writeSummary();
    const html = readFileSync(file, "utf8");
    expect(html).toContain("<th>Layer</th><th>Size</th>");
    expect(html).toContain("<td>dependencies</td><td>12 MiB</td>");
    expect(html).toContain("<td>Digest</td><td>sha256:abc</td>");
    expect(html).not.toContain("Skipped");
    expect(html).toContain("<details><summary>Log tail of web</summary>");
    expect(html).toContain("listening on :8080");
  });

  it("drops the buffer when there is no summary file", async () => {
    vi.stubEnv("GITHUB_STEP_SUMMARY", "");
    addFacts({ a: 1 });
    await writeSummary();
    const file = join(mkdtempSync(join(tmpdir(), "quai-summary-")), "summary.md");
    writeFileSync(file, "");
    vi.stubEnv("GITHUB_STEP_SUMMARY", file);
    await writeSummary();
    expect(readFileSync(file, "utf8")).toBe("");
  });
});

// A value such as deploy-env's `reason` input, as a user could write it.
const INJECTION = "</td></tr></table><img src=x onerror=alert(1)>";

describe("values in a job summary", () => {
  it("are escaped in tables, facts and collapsed blocks, so that they add no elements", async () => {
    const summary = await captureSummary(async () => {
      addTable(["Phase", INJECTION], [[INJECTION, 2]]);
      addFacts({ Reason: INJECTION, [INJECTION]: "yes" });
      addCollapsed(INJECTION, `${INJECTION}\nline two`);
      await writeSummary();
    });
    expect(summary.elements).toEqual([
      ...["table", "tr", "th", "th", "tr", "td", "td"],
      ...["table", "tr", "td", "td", "tr", "td", "td"],
      ...["details", "summary", "pre", "code"],
    ]);
    expect(summary.html).toContain("<td>Reason</td><td>&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;img src=x");
  });

  it("are escaped in headings, paragraphs and code blocks", async () => {
    const summary = await captureSummary(async () => {
      addHeading(`Deployed ${INJECTION}`, 3);
      addText(`⚠️ ${INJECTION}`);
      addCodeBlock(`docker compose -p '${INJECTION}' down`);
      await writeSummary();
    });
    expect(summary.elements).toEqual(["h3", "p", "pre", "code"]);
    expect(summary.html).toContain("<h3>Deployed &lt;/td&gt;");
  });

  it("cannot end the HTML block with a blank line and go on as Markdown", async () => {
    const markdownImage = "x\n\n![tracker](https://example.com/pixel.png)\n\n";
    const summary = await captureSummary(async () => {
      addFacts({ Reason: markdownImage });
      addCollapsed("Log tail", markdownImage);
      await writeSummary();
    });
    expect(summary.elements).not.toContain("img");
    expect(summary.elements).not.toContain("p");
  });

  it("keep the markup quai builds from escaped parts: code and the html template", async () => {
    const summary = await captureSummary(async () => {
      addFacts({
        Image: code(`ghcr.io/acme/shop${INJECTION}`),
        Replaced: html`1.2.3${INJECTION} (${code("sha256:abc")})`,
        Processes: joinHtml([code("web"), code("worker")]),
      });
      await writeSummary();
    });
    expect(summary.elements).toEqual([
      ...["table", "tr", "td", "td", "code"],
      ...["tr", "td", "td", "code"],
      ...["tr", "td", "td", "code", "code"],
    ]);
    expect(summary.html).toContain("<code>ghcr.io/acme/shop&lt;/td&gt;");
    expect(summary.html).toContain(
      "<td>1.2.3&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;img src=x onerror=alert(1)&gt; (<code>sha256:abc</code>)</td>",
    );
    expect(summary.html).toContain("<td><code>web</code>, <code>worker</code></td>");
  });

  it("make a facts table with no header row", async () => {
    const summary = await captureSummary(async () => {
      addFacts({ Digest: "sha256:abc", Size: "42 MiB" });
      await writeSummary();
    });
    expect(summary.elements).toEqual(["table", "tr", "td", "td", "tr", "td", "td"]);
  });
});

describe("links in a job summary", () => {
  it("are links for http(s) URLs, their values escaped", async () => {
    const summary = await captureSummary(async () => {
      addFacts({
        URL: link("https://staging.example.com/?a=1&b=<2>"),
        Image: link("https://ghcr.io/acme/shop", code("ghcr.io/acme/shop@sha256:abc")),
      });
      await writeSummary();
    });
    expect(linksOf(summary)).toEqual({
      "https://staging.example.com/?a=1&b=<2>": "https://staging.example.com/?a=1&b=%3C2%3E",
      "ghcr.io/acme/shop@sha256:abc": "https://ghcr.io/acme/shop",
    });
    expect(factsOf(summary).get("Image")?.querySelector("a code")?.text).toBe("ghcr.io/acme/shop@sha256:abc");
  });

  it("are the text alone for any other URL, or none", async () => {
    const summary = await captureSummary(async () => {
      addFacts({ Script: link("javascript:alert(1)", "click"), Nowhere: link(undefined, code("x")) });
      await writeSummary();
    });
    expect(summary.elements).not.toContain("a");
    expect(factsOf(summary).get("Script")?.text).toBe("click");
    expect(factsOf(summary).get("Nowhere")?.querySelector("code")?.text).toBe("x");
  });
});

describe("a failure in a job summary", () => {
  it("shows the message and the hint, their `quoted` parts as code, then the facts", async () => {
    const summary = await captureSummary(async () => {
      addFailure(
        {
          message: "Cannot record the deployment in acme/shop: Resource not accessible",
          hint: "Give the job's token `deployments: write` in the workflow's `permissions:`",
        },
        { Environment: "staging", Skipped: undefined },
      );
      await writeSummary();
    });
    expect(summary.elements).toEqual(["p", "b", "p", "code", "code", "table", "tr", "td", "td"]);
    expect(summary.dom.querySelectorAll("p code").map((element) => element.text)).toEqual([
      "deployments: write",
      "permissions:",
    ]);
    expect(renderingProblems(summary)).toEqual([]);
  });

  it("has no log tail, and no facts table, when there are none", async () => {
    const summary = await captureSummary(async () => {
      addFailure(
        { message: "No engine answers", logTail: { of: "nothing", lines: [] } },
        { Skipped: undefined },
      );
      await writeSummary();
    });
    expect(summary.elements).toEqual(["p", "b"]);
  });
});

describe("withInlineCode", () => {
  it("escapes the text and its code alike", () => {
    expect(withInlineCode("run `docker rm -f <name>` & <retry>").markup).toBe(
      "run <code>docker rm -f &lt;name&gt;</code> &amp; &lt;retry&gt;",
    );
  });
});

describe("a table with no rows", () => {
  it("is left out, header and all", async () => {
    const summary = await captureSummary(async () => {
      addTable(["Largest added files", "Size"], []);
      addFacts({});
      await writeSummary();
    });
    expect(summary.markdown).toBe("");
  });
});

describe("escapeHtml", () => {
  it("escapes what HTML reads as markup and the line ends", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>\r\n`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;&#13;&#10;",
    );
  });
});
