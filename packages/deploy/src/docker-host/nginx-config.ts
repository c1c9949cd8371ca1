// The reverse proxy's whole configuration, HTTPS included when the environment has TLS. It runs as an unprivileged user, so everything nginx
// writes goes under /tmp or to its stdout and stderr; it uses core http, proxy and upstream directives only, so Debian's and
// Alpine's nginx both take it.
import { UserError } from "@quai/core";

/** Where the app behind the proxy is: its container (the active-release marker) and its port. */
export interface Route {
  containerId: string;
  /** The container's name: Docker's DNS on the environment's network resolves it. */
  host: string;
  port: number;
  /** The version it runs: each request's access log line names it. */
  release: string;
}

/** The port nginx listens on inside its container (unprivileged, so not 80). */
export const PROXY_PORT = 8080;
/** Its HTTPS port, when the environment has TLS. */
export const PROXY_TLS_PORT = 8443;
export const PROXY_CONFIG_PATH = "/etc/quai/nginx.conf";
export const TLS_CERTIFICATE_PATH = "/etc/quai/tls/certificate.pem";
export const TLS_KEY_PATH = "/etc/quai/tls/key.pem";

/** How the proxy listens with TLS: HTTPS, and plain HTTP redirected when asked. */
export interface TlsListen {
  /** The HTTPS port as clients reach it on the host, for the redirect's Location. */
  httpsHostPort: number;
  redirectHttp: boolean;
}
/** nginx with our configuration and its error log on stderr (the default log path needs root). */
export const NGINX_COMMAND = ["nginx", "-c", PROXY_CONFIG_PATH, "-e", "stderr"];

const ACTIVE_MARKER = "# quai-active-container: ";

/**
 * One JSON object a request, on nginx's stdout: the engine keeps it in the proxy's log (and
 * rotates it), where the drift watcher reads a window of it (accessLog). Variables are escaped as
 * JSON (escape=json, nginx 1.11.8 and later); the release is written as a literal, so the old
 * workers finishing their requests after a switch still name the release they sent them to.
 */
function accessLogFormat(release: string): string {
  // A semantic version or an image tag (or nothing) needs no escaping in nginx's quotes nor in JSON.
  if (!/^[\w.+:-]*$/.test(release)) {
    throw new UserError(
      `The release version ${JSON.stringify(release)} cannot be named in the proxy's access log`,
      {
        hint: "Deploy a release whose version is a semantic version (1.4.0) or an image tag",
      },
    );
  }
  const fields = [
    '"time":$msec',
    '"status":$status',
    '"request_time":$request_time',
    '"upstream_response_time":"$upstream_response_time"',
    `"release":"${release}"`,
  ];
  return `  log_format quai_json escape=json '{${fields.join(",")}}';`;
}

/**
 * The configuration that sends every request to `route`, or answers 503 when no release serves
 * yet. The first line names the active container: it is what `serving()` reads, so the routing
 * and the record of what serves can never disagree.
 */
export function renderProxyConfig(route: Route | undefined, tls?: TlsListen): string {
  const target = route
    ? [
        // Resolved when a request comes (Docker's DNS, short validity): a restarted container
        // may have a new address, and nginx must start even while the app is still down.
        `      set $release ${route.host}:${route.port};`,
        "      proxy_pass http://$release;",
        "      proxy_http_version 1.1;",
        '      proxy_set_header Connection "";',
        "      proxy_set_header Host $host;",
        "      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
        "      proxy_set_header X-Forwarded-Proto $scheme;",
      ]
    : ["      return 503;"];
  return [
    ...(route ? [`${ACTIVE_MARKER}${route.containerId}`] : []),
    "# Written by quai (deploy-env) on every switch: changes made here are lost.",
    "worker_processes 1;",
    "pid /tmp/nginx.pid;",
    "events {",
    "  worker_connections 1024;",
    "}",
    "http {",
    accessLogFormat(route?.release ?? ""),
    "  access_log /dev/stdout quai_json;",
    "  client_body_temp_path /tmp/nginx-client-body;",
    "  proxy_temp_path /tmp/nginx-proxy;",
    "  fastcgi_temp_path /tmp/nginx-fastcgi;",
    "  uwsgi_temp_path /tmp/nginx-uwsgi;",
    "  scgi_temp_path /tmp/nginx-scgi;",
    "  resolver 127.0.0.11 valid=2s ipv6=off;",
    "  server {",
    ...(tls
      ? [
          `    listen ${PROXY_TLS_PORT} ssl;`,
          `    ssl_certificate ${TLS_CERTIFICATE_PATH};`,
          `    ssl_certificate_key ${TLS_KEY_PATH};`,
          "    ssl_protocols TLSv1.2 TLSv1.3;",
        ]
      : [`    listen ${PROXY_PORT};`]),
    "    location / {",
    ...target,
    "    }",
    "  }",
    ...(tls?.redirectHttp
      ? [
          "  server {",
          `    listen ${PROXY_PORT};`,
          // Redirects are not the app's traffic.
          "    access_log off;",
          `    return 308 https://$host${tls.httpsHostPort === 443 ? "" : `:${tls.httpsHostPort}`}$request_uri;`,
          "  }",
        ]
      : []),
    "}",
    "",
  ].join("\n");
}

/**
 * The container name a configuration sends requests to (Docker's DNS resolves it when a request
 * comes): what actually takes the traffic, even when someone replaced the marked container by hand.
 */
export function routedHost(config: string): string | undefined {
  return /^\s*set \$release ([^:\s]+):\d+;/m.exec(config)?.[1];
}

/** The container a configuration routes to, or undefined when it routes nowhere. */
export function activeContainerId(config: string): string | undefined {
  const marker = config.split("\n", 1)[0] ?? "";
  return marker.startsWith(ACTIVE_MARKER) ? marker.slice(ACTIVE_MARKER.length).trim() : undefined;
}
