// The quai.yml the e2e tests start from: the app, its repository and the defaults they share.

/**
 * `app`, `repository` and a `defaults:` block for the test bed: its nginx as the proxy, a quick
 * health gate, a short drain, then `extraDefaults`, each a line of that block (unindented).
 */
export function quaiYmlHead(app: string, repository: string, ...extraDefaults: string[]): string {
  const defaults = [
    "port: 8080",
    "health: { path: /health, successes: 2, interval: 500ms }",
    "deploy-timeout: 40s",
    "drain: 1s",
    "proxy-image: base/nginx:1.22",
    ...extraDefaults,
  ];
  return [
    `app: ${app}`,
    `repository: ${repository}`,
    "defaults:",
    ...defaults.map((line) => `  ${line}`),
    "",
  ].join("\n");
}
