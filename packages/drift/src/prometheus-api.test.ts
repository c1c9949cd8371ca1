import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { UserError } from "@quai/core";
import { afterEach, describe, expect, it } from "vitest";
import { prometheusHttpApi } from "./prometheus-api";
import { describePrometheusApiContract, PROMETHEUS_ANSWERS } from "./prometheus-api-contract";
import { FakePrometheusApi } from "./testing/fake-prometheus-api";

describePrometheusApiContract("FakePrometheusApi", () => {
  const unreachable = new FakePrometheusApi();
  unreachable.reachable = false;
  return { api: new FakePrometheusApi(PROMETHEUS_ANSWERS), unreachable };
});

// The HTTP side of prometheusHttpApi, against a local server that answers as told: what it asks
// and how it tells what went wrong. The contract runs it against a real Prometheus (integration).
describe("prometheusHttpApi", () => {
  let server: Server | undefined;
  afterEach(() => {
    server?.closeAllConnections();
    server?.close();
  });

  /** A server on a free loopback port; returns its URL and the requests it got. */
  async function serve(handle: (request: IncomingMessage, response: ServerResponse, body: string) => void) {
    const requests: Array<{ method?: string; url?: string; type?: string; body: string }> = [];
    server = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk) => {
        body += chunk;
      });
      request.on("end", () => {
        requests.push({
          method: request.method,
          url: request.url,
          type: request.headers["content-type"],
          body,
        });
        handle(request, response, body);
      });
    });
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
  }

  const json = (status: number, body: unknown) => (_: IncomingMessage, response: ServerResponse) => {
    response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  };

  it("posts the expression and the time in seconds, form-encoded, under the URL's own path", async () => {
    const { url, requests } = await serve(
      json(200, { status: "success", data: { resultType: "vector", result: [] } }),
    );
    await prometheusHttpApi(`${url}/prometheus/`).query('sum(rate(x{status=~"5.."}[1m]))', 1_764_676_800_125);
    expect(requests).toEqual([
      {
        method: "POST",
        url: "/prometheus/api/v1/query",
        type: "application/x-www-form-urlencoded",
        body: "query=sum%28rate%28x%7Bstatus%3D%7E%225..%22%7D%5B1m%5D%29%29&time=1764676800.125",
      },
    ]);
  });

  it("says the HTTP status and the body of an answer that is not Prometheus' JSON", async () => {
    const { url } = await serve((_, response) => response.writeHead(404).end("404 page not found\n"));
    const query = prometheusHttpApi(url).query("up", 0);
    await expect(query).rejects.toBeInstanceOf(UserError);
    await expect(query).rejects.toThrowError(
      `Prometheus at ${url} answered HTTP 404 Not Found to ${url}/api/v1/query, not with its JSON: 404 page not found`,
    );
  });

  it.each([
    ["another server's page", "<html>\n  <title>Grafana</title>\n</html>"],
    ["JSON that is not an answer to a query", '{"status":"success"}'],
  ])("takes a 200 with %s for what it is", async (_, body) => {
    const { url } = await serve((_, response) => response.writeHead(200).end(body));
    await expect(prometheusHttpApi(url).query("up", 0)).rejects.toThrowError(
      `Prometheus at ${url} answered HTTP 200 OK to ${url}/api/v1/query, not with its JSON: ${body.replace(/\s+/g, " ")}`,
    );
  });

  it("says what Prometheus refused, whatever the HTTP status it refused with", async () => {
    const { url } = await serve(
      json(422, {
        status: "error",
        errorType: "execution",
        error: "query processing would load too many samples",
      }),
    );
    await expect(prometheusHttpApi(url).query("up", 0)).rejects.toThrowError(
      'Prometheus could not run the query "up": execution: query processing would load too many samples',
    );
  });

  it("says a Prometheus that does not answer in time did not", async () => {
    const { url } = await serve(() => {});
    await expect(prometheusHttpApi(url, 200).query("up", 0)).rejects.toThrowError(
      `Prometheus at ${url} did not answer within 200 ms`,
    );
  });

  it("says why a Prometheus cannot be reached", async () => {
    await expect(prometheusHttpApi("http://prometheus.invalid:9090").query("up", 0)).rejects.toThrowError(
      /^Prometheus at http:\/\/prometheus.invalid:9090 did not answer: getaddrinfo (ENOTFOUND|EAI_AGAIN) prometheus.invalid/,
    );
  });
});
