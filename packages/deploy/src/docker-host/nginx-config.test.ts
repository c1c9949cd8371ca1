import { UserError } from "@quai/core";
import { describe, expect, it } from "vitest";
import { activeContainerId, renderProxyConfig, routedHost } from "./nginx-config";

describe("renderProxyConfig", () => {
  const route = {
    containerId: "4f1c2a",
    host: "quai-shop-staging-1.0.0-deploy-1",
    port: 3000,
    release: "1.0.0",
  };

  it("routes every request to the active container by its name on the network, and names it first", () => {
    const config = renderProxyConfig(route);
    expect(config.split("\n")[0]).toBe("# quai-active-container: 4f1c2a");
    expect(config).toContain("set $release quai-shop-staging-1.0.0-deploy-1:3000;");
    expect(config).toContain("proxy_pass http://$release;");
    expect(config).toContain("resolver 127.0.0.11 valid=2s ipv6=off;");
    expect(config).toContain("listen 8080;");
    expect(activeContainerId(config)).toBe("4f1c2a");
    expect(routedHost(config)).toBe("quai-shop-staging-1.0.0-deploy-1");
  });

  it("logs each request as one JSON object on stdout, naming the release it is sent to", () => {
    const config = renderProxyConfig(route);
    expect(config).toContain(
      `log_format quai_json escape=json '{"time":$msec,"status":$status,"request_time":$request_time,"upstream_response_time":"$upstream_response_time","release":"1.0.0"}';`,
    );
    expect(config).toContain("access_log /dev/stdout quai_json;");
    expect(config).not.toContain("access_log off;");
    expect(renderProxyConfig(undefined)).toContain('"release":""}');
  });

  it("refuses a release version nginx's quotes or JSON would have to escape", () => {
    expect(() => renderProxyConfig({ ...route, release: "1.0.0'; evil" })).toThrow(UserError);
    expect(renderProxyConfig({ ...route, release: "sha256:4f1c2a" })).toContain('"release":"sha256:4f1c2a"');
  });

  it("keeps everything nginx writes under /tmp, so it runs as nobody", () => {
    const paths = renderProxyConfig(route).match(/^\s*(pid|\w+_temp_path) (\S+);/gm) ?? [];
    expect(paths).toHaveLength(6);
    for (const line of paths) expect(line).toMatch(/ \/tmp\//);
  });

  it("answers 503 and names no container before the first release", () => {
    const config = renderProxyConfig(undefined);
    expect(config).toContain("return 503;");
    expect(config).not.toContain("proxy_pass");
    expect(activeContainerId(config)).toBeUndefined();
  });

  it("with TLS serves HTTPS on 8443 and redirects plain HTTP on 8080 to the published HTTPS port", () => {
    const config = renderProxyConfig(route, { httpsHostPort: 8443, redirectHttp: true });
    expect(config).toContain("listen 8443 ssl;");
    expect(config).toContain("ssl_certificate /etc/quai/tls/certificate.pem;");
    expect(config).toContain("ssl_certificate_key /etc/quai/tls/key.pem;");
    const redirect = config.slice(config.lastIndexOf("server {"));
    expect(redirect).toContain("listen 8080;");
    expect(redirect).toContain("return 308 https://$host:8443$request_uri;");
    expect(redirect).toContain("access_log off;");
    expect(activeContainerId(config)).toBe("4f1c2a");
    // On 443 the Location needs no port; without redirect-http nothing listens on 8080.
    expect(renderProxyConfig(route, { httpsHostPort: 443, redirectHttp: true })).toContain(
      "return 308 https://$host$request_uri;",
    );
    expect(renderProxyConfig(route, { httpsHostPort: 443, redirectHttp: false })).not.toContain(
      "listen 8080",
    );
  });
});
