export const id = 646;
export const ids = [646];
export const modules = {

/***/ 6646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REFUSED_ENGINE_HOST_HINT: () => (/* reexport */ REFUSED_ENGINE_HOST_HINT),
  connectEngine: () => (/* reexport */ connectEngine),
  engineHostProblem: () => (/* reexport */ engineHostProblem),
  firstLine: () => (/* reexport */ node_errors_firstLine),
  httpStatus: () => (/* reexport */ httpStatus),
  imageStoreOf: () => (/* reexport */ imageStoreOf),
  isLoopbackHost: () => (/* reexport */ isLoopbackHost),
  listRunResources: () => (/* reexport */ listRunResources),
  orUndefinedWhenMissing: () => (/* reexport */ orUndefinedWhenMissing),
  parseDockerHost: () => (/* reexport */ parseDockerHost),
  plainTcpRisk: () => (/* reexport */ plainTcpRisk),
  readEngineImage: () => (/* reexport */ readEngineImage),
  refusedEngineHost: () => (/* reexport */ refusedEngineHost),
  registryMirrorsOf: () => (/* reexport */ registryMirrorsOf),
  removeRunResources: () => (/* reexport */ removeRunResources),
  verifyHostKey: () => (/* reexport */ verifyHostKey)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ../../packages/docker/src/commonjs-globals.ts
// Bundled as ESM (ncc), CommonJS dependencies lose __dirname and __filename; ssh2, which
// dockerode loads for ssh:// engines, reads __dirname while it loads. The bundle is one file, so
// its own folder is what those modules would have seen. Imported first by this package's index.


const globals = globalThis;
globals.__filename ??= (0,external_node_url_.fileURLToPath)(import.meta.url);
globals.__dirname ??= (0,external_node_path_.dirname)(globals.__filename);

// EXTERNAL MODULE: ../../packages/core/src/index.ts + 15 modules
var src = __webpack_require__(660);
// EXTERNAL MODULE: ../../node_modules/dockerode/lib/docker.js
var docker = __webpack_require__(65292);
var docker_default = /*#__PURE__*/__webpack_require__.n(docker);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ../../packages/docker/src/known-hosts.ts

const DEFAULT_SSH_PORT = 22;
/**
 * Whether `presentedKey` (the SSH wire-format public key a server sent during the handshake)
 * is a key that `knownHosts` (the text of an OpenSSH known_hosts file) records for host:port.
 *
 * Understands plain names, `[host]:port`, comma-separated lists, hashed `|1|salt|hash` names and
 * the `@revoked` marker. Wildcard patterns and `@cert-authority` lines never match, so hosts only
 * known through them are refused: failing closed is the safe side of a host-key check.
 */
function verifyHostKey(knownHosts, host, port, presentedKey) {
    const name = knownHostsName(host, port);
    const lines = parseKnownHosts(knownHosts);
    const presented = `the ${sshKeyType(presentedKey)} key ${fingerprint(presentedKey)}`;
    if (lines.some((line) => line.marker === "@revoked" && line.key.equals(presentedKey))) {
        return { trusted: false, reason: `${name} presented ${presented}, which known_hosts marks @revoked` };
    }
    const recorded = lines.filter((line) => line.marker === undefined && namesHost(line.hosts, name));
    if (recorded.some((line) => line.key.equals(presentedKey)))
        return { trusted: true };
    if (recorded.length === 0) {
        return { trusted: false, reason: `${name} is not in known_hosts; it presented ${presented}` };
    }
    const recordedTypes = [...new Set(recorded.map((line) => line.keyType))];
    if (!recordedTypes.includes(sshKeyType(presentedKey))) {
        return {
            trusted: false,
            reason: `known_hosts records only ${recordedTypes.join(", ")} keys for ${name}, which presented ${presented}`,
        };
    }
    return {
        trusted: false,
        reason: `${name} presented ${presented}, not the one known_hosts records: the host may have been reinstalled, or someone may be intercepting the connection`,
    };
}
/** The name OpenSSH writes for a host: bare on port 22, `[host]:port` otherwise. */
function knownHostsName(host, port) {
    const lowered = host.toLowerCase();
    return port === DEFAULT_SSH_PORT ? lowered : `[${lowered}]:${port}`;
}
function parseKnownHosts(text) {
    return text.split("\n").flatMap((line) => {
        const fields = line.trim().split(/\s+/);
        if (!fields[0] || fields[0].startsWith("#"))
            return [];
        const marker = fields[0].startsWith("@") ? fields.shift() : undefined;
        const [hosts, keyType, key] = fields;
        if (!hosts || !keyType || !key)
            return [];
        return [{ marker, hosts, keyType, key: Buffer.from(key, "base64") }];
    });
}
function namesHost(hosts, name) {
    if (hosts.startsWith("|1|"))
        return hashedNameMatches(hosts, name);
    return hosts.toLowerCase().split(",").includes(name);
}
/** `|1|<salt>|<hash>` (HashKnownHosts): the hash is HMAC-SHA1 of the name, keyed with the salt. */
function hashedNameMatches(hashed, name) {
    const [, , salt, hash] = hashed.split("|");
    if (!salt || !hash)
        return false;
    return (0,external_node_crypto_.createHmac)("sha1", Buffer.from(salt, "base64")).update(name).digest("base64") === hash;
}
/** A wire-format key starts with its type as a length-prefixed string (RFC 4253 §6.6). */
function sshKeyType(key) {
    return key.subarray(4, 4 + key.readUInt32BE(0)).toString("latin1");
}
/** The fingerprint `ssh` and `ssh-keygen -l` show, so a user can compare it with theirs. */
function fingerprint(key) {
    return `SHA256:${(0,external_node_crypto_.createHash)("sha256").update(key).digest("base64").replace(/=+$/, "")}`;
}

;// CONCATENATED MODULE: ../../packages/docker/src/node-errors.ts

/** The errno-style code Node puts on system errors (`ENOENT`, `EACCES`, `ECONNREFUSED`…). */
function errorCode(error) {
    return error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : undefined;
}
/** The HTTP status docker-modem puts on an engine's error answer (404 for "no such …"). */
function httpStatus(error) {
    return error instanceof Error && "statusCode" in error && typeof error.statusCode === "number"
        ? error.statusCode
        : undefined;
}
/**
 * What the engine says when the host under it is broken rather than anything quai or the user
 * asked: a missing default bridge (deleted by another dockerd), a full disk. Said as a UserError
 * naming the fix; undefined for anything else.
 */
function engineHostProblem(error, doing) {
    const message = node_errors_firstLine(error);
    if (/could not find bridge docker0|bridge docker0.*no such network interface/i.test(message)) {
        return new src/* UserError */.yo(`The Docker engine could not ${doing}: its default bridge docker0 is missing (${message})`, {
            hint: "Restart dockerd, which makes docker0 again (a second dockerd with its own address pools can delete it on restart)",
            cause: error,
        });
    }
    if (/no space left on device/i.test(message)) {
        return new src/* UserError */.yo(`The Docker engine could not ${doing}: its disk is full (${message})`, {
            hint: "Free space on the Docker host (docker system prune removes unused images and build cache)",
            cause: error,
        });
    }
    return undefined;
}
/** An error's message cut to its first line, to quote it inside a one-line UserError. */
function node_errors_firstLine(error) {
    const message = error instanceof Error ? error.message : String(error);
    return message.split("\n", 1)[0]?.trim() ?? "";
}
/** The engine's answer, or undefined when it says 404: the container, image, service… is not there. */
async function orUndefinedWhenMissing(request) {
    try {
        return await request;
    }
    catch (error) {
        if (httpStatus(error) === 404)
            return undefined;
        throw error;
    }
}

;// CONCATENATED MODULE: ../../packages/docker/src/engine-endpoint.ts







const DEFAULT_SOCKET_PATH = "/var/run/docker.sock";
const PLAIN_TCP_PORT = 2375;
const TLS_TCP_PORT = 2376;
const SSH_PORT = 22;
const ACCEPTED_FORMS = "Set DOCKER_HOST to unix:///path/to/docker.sock, tcp://host:port (TLS when DOCKER_TLS_VERIFY=1 or DOCKER_CERT_PATH is set) or ssh://user@host[:port], or leave it unset for unix:///var/run/docker.sock";
const REFUSED_ENGINE_HOST_HINT = "Point it at the Docker host's own address or name: ssh://user@host, or tcp://host:2376 with TLS";
// Link-local addresses are where cloud metadata endpoints serve the machine's credentials
// (169.254.169.254 and its IPv6 twins); AWS's IPv6 one is no link-local address.
const METADATA_ADDRESSES = new external_node_net_.BlockList();
METADATA_ADDRESSES.addSubnet("169.254.0.0", 16, "ipv4");
METADATA_ADDRESSES.addSubnet("fe80::", 10, "ipv6");
METADATA_ADDRESSES.addAddress("fd00:ec2::254", "ipv6");
const METADATA_NAMES = ["metadata.google.internal"];
const LOOPBACK_ADDRESSES = new external_node_net_.BlockList();
LOOPBACK_ADDRESSES.addSubnet("127.0.0.0", 8, "ipv4");
LOOPBACK_ADDRESSES.addAddress("::1", "ipv6");
/**
 * Why quai refuses to reach an engine at `host` (a hostname of a tcp:// or ssh:// URL): a
 * link-local or cloud metadata address. Undefined when it may.
 */
function refusedEngineHost(host) {
    const canonical = canonicalHost(host);
    if (METADATA_NAMES.includes(canonical) || inBlockList(METADATA_ADDRESSES, canonical)) {
        return `${canonical} is a link-local or cloud metadata address, where clouds serve the machine's credentials (169.254.169.254), not a Docker engine`;
    }
    return undefined;
}
/** Is `host` this machine's loopback (127.0.0.0/8, ::1, localhost), which no network sees? */
function isLoopbackHost(host) {
    const canonical = canonicalHost(host);
    return canonical === "localhost" || inBlockList(LOOPBACK_ADDRESSES, canonical);
}
/**
 * The risk of an endpoint that is plain tcp:// off the loopback, to warn about: the engine's API
 * is root on its host. Undefined for TLS, ssh://, unix:// and the loopback.
 */
function plainTcpRisk(endpoint) {
    if (endpoint.kind !== "tcp" || endpoint.tls || isLoopbackHost(endpoint.host))
        return undefined;
    return `${endpoint.address} is plain TCP without TLS: everything sent to the engine, and the engine's root access to its host, go unencrypted and unauthenticated to anyone on the network. Use TLS (tcp://host:2376 with the engine's CA and a client certificate: DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH, or deploy-env's tls-ca, tls-cert and tls-key) or ssh://user@host`;
}
/**
 * The host as the resolver reads it: getaddrinfo takes 2852039166 and 0xa9.0xfe.0xa9.0xfe for
 * 169.254.169.254, which an http: URL normalises to (a tcp: or ssh: URL keeps them as written).
 */
function canonicalHost(host) {
    const asHttp = `http://${host}/`;
    const hostname = URL.canParse(asHttp) ? new URL(asHttp).hostname : host.toLowerCase();
    return hostname.replace(/^\[(.*)\]$/, "$1").replace(/\.$/, "");
}
function inBlockList(list, address) {
    const family = (0,external_node_net_.isIP)(address);
    return family !== 0 && list.check(address, family === 6 ? "ipv6" : "ipv4");
}
/**
 * docker-modem reads DOCKER_HOST, DOCKER_CERT_PATH… from process.env itself and lays our options
 * over what it found; naming every connection field, even as undefined, keeps the env we were
 * given in charge.
 */
const NOTHING_FROM_PROCESS_ENV = {
    socketPath: undefined,
    host: undefined,
    port: undefined,
    username: undefined,
    ca: undefined,
    cert: undefined,
    key: undefined,
};
/** Where the Docker engine is, from DOCKER_HOST as the docker CLI reads it, and how dockerode reaches it. */
function parseDockerHost(env, hooks = {}) {
    const value = env.DOCKER_HOST || `unix://${DEFAULT_SOCKET_PATH}`;
    if (value.startsWith("unix://"))
        return unixHost(value);
    const url = URL.canParse(value) ? new URL(value) : undefined;
    if (url?.protocol === "tcp:")
        return tcpHost(value, url, env);
    if (url?.protocol === "ssh:")
        return sshHost(value, url, env, hooks);
    throw invalidDockerHost(value, "expected a unix://, tcp:// or ssh:// address");
}
function unixHost(value) {
    const socketPath = value.slice("unix://".length);
    if (!socketPath.startsWith("/")) {
        throw invalidDockerHost(value, "expected an absolute socket path after unix://");
    }
    return {
        endpoint: { kind: "unix", address: value, socketPath },
        dockerodeOptions: { ...NOTHING_FROM_PROCESS_ENV, socketPath, protocol: "http" },
    };
}
function tcpHost(value, url, env) {
    if (!url.hostname || url.username || hasMoreThanAuthority(url)) {
        throw invalidDockerHost(value, "expected tcp://host:port");
    }
    refuseHost(value, url.hostname);
    const tls = env.DOCKER_TLS_VERIFY === "1" || Boolean(env.DOCKER_CERT_PATH);
    const port = url.port ? Number(url.port) : tls ? TLS_TCP_PORT : PLAIN_TCP_PORT;
    const endpoint = {
        kind: "tcp",
        address: `tcp://${url.hostname}:${port}`,
        host: url.hostname,
        port,
        tls,
    };
    const connection = { ...NOTHING_FROM_PROCESS_ENV, host: url.hostname, port };
    return {
        endpoint,
        dockerodeOptions: tls
            ? { ...connection, protocol: "https", ...tlsMaterial(env) }
            : { ...connection, protocol: "http" },
    };
}
/** The files `docker --tlsverify` uses; the server is always verified against ca.pem. */
function tlsMaterial(env) {
    const directory = env.DOCKER_CERT_PATH || (0,external_node_path_.join)(homeDirectory(env), ".docker");
    const hint = `DOCKER_TLS_VERIFY=1 or DOCKER_CERT_PATH asks for TLS: put ca.pem, cert.pem and key.pem in ${directory} (DOCKER_CERT_PATH, default ~/.docker), or unset both for plain TCP`;
    return {
        ca: readRequiredFile((0,external_node_path_.join)(directory, "ca.pem"), "the Docker TLS CA certificate", hint),
        cert: readRequiredFile((0,external_node_path_.join)(directory, "cert.pem"), "the Docker TLS client certificate", hint),
        key: readRequiredFile((0,external_node_path_.join)(directory, "key.pem"), "the Docker TLS client key", hint),
    };
}
function sshHost(value, url, env, hooks) {
    if (!url.hostname || !url.username || url.password || hasMoreThanAuthority(url)) {
        throw invalidDockerHost(value, "expected ssh://user@host[:port], without a password: the ssh agent or QUAI_SSH_IDENTITY's key authenticates");
    }
    refuseHost(value, url.hostname);
    const user = decodeURIComponent(url.username);
    const host = url.hostname;
    const port = url.port ? Number(url.port) : SSH_PORT;
    const address = `ssh://${user}@${host}:${port}`;
    if (!env.SSH_AUTH_SOCK && !env.QUAI_SSH_IDENTITY) {
        // Without a way to authenticate, ssh2 fails late and vaguely.
        throw new src/* UserError */.yo(`DOCKER_HOST ${address} needs an SSH agent or key, and neither SSH_AUTH_SOCK nor QUAI_SSH_IDENTITY is set`, {
            hint: "Start ssh-agent and ssh-add the key that may log in to the Docker host, or set QUAI_SSH_IDENTITY to its private key file (without a passphrase)",
        });
    }
    // A key file, as `ssh -i` takes it: for CI and machines without an agent.
    const privateKey = env.QUAI_SSH_IDENTITY &&
        readRequiredFile(env.QUAI_SSH_IDENTITY, "the SSH identity file", "QUAI_SSH_IDENTITY names the private key that may log in to the Docker host: fix the path, or unset it to use the ssh agent");
    const knownHostsPath = env.QUAI_SSH_KNOWN_HOSTS || (0,external_node_path_.join)(homeDirectory(env), ".ssh", "known_hosts");
    const knownHosts = readRequiredFile(knownHostsPath, "the SSH known_hosts file", `quai verifies the key of ${host}: record it there (ssh -p ${port} ${user}@${host} once, checking the fingerprint), or set QUAI_SSH_KNOWN_HOSTS to another known_hosts file`).toString("utf8");
    const hostVerifier = knownHostsVerifier(knownHosts, host, port, hooks);
    return {
        endpoint: {
            kind: "ssh",
            address,
            user,
            host,
            port,
            knownHostsPath,
            knownHostsSource: env.QUAI_SSH_KNOWN_HOSTS_SOURCE || knownHostsPath,
        },
        dockerodeOptions: {
            ...NOTHING_FROM_PROCESS_ENV,
            protocol: "ssh",
            host,
            port,
            username: user,
            sshOptions: { agent: env.SSH_AUTH_SOCK, privateKey, hostVerifier },
        },
    };
}
/** ssh2's synchronous hostVerifier: without one, ssh2 accepts any host key. */
function knownHostsVerifier(knownHosts, host, port, hooks) {
    return (presentedKey) => {
        const verdict = verifyHostKey(knownHosts, host, port, presentedKey);
        if (!verdict.trusted)
            hooks.onHostKeyRejected?.(verdict.reason);
        return verdict.trusted;
    };
}
/** A path, query or fragment has no meaning in a Docker address, so it is a typo. */
function hasMoreThanAuthority(url) {
    return !["", "/"].includes(url.pathname) || url.search !== "" || url.hash !== "";
}
function homeDirectory(env) {
    return env.HOME || (0,external_node_os_.homedir)();
}
function readRequiredFile(path, what, hint) {
    try {
        return (0,external_node_fs_.readFileSync)(path);
    }
    catch (error) {
        const why = errorCode(error) === "ENOENT" ? "it does not exist" : (errorCode(error) ?? String(error));
        throw new src/* UserError */.yo(`Cannot read ${what} ${path} (${why})`, { hint, cause: error });
    }
}
function refuseHost(value, host) {
    const why = refusedEngineHost(host);
    if (why)
        throw new src/* InvalidValueError */.$x("DOCKER_HOST", value, why, { hint: REFUSED_ENGINE_HOST_HINT });
}
function invalidDockerHost(value, why) {
    return new src/* InvalidValueError */.$x("DOCKER_HOST", value, why, { hint: ACCEPTED_FORMS });
}

;// CONCATENATED MODULE: ../../packages/docker/src/engine.ts




const DEFAULT_TIMEOUT_MS = 5_000;
/** A client for the engine DOCKER_HOST names, proven to answer, or one UserError saying why not. */
async function connectEngine(env = process.env, options = {}) {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    let hostKeyRejection;
    const { endpoint, dockerodeOptions } = parseDockerHost(env, {
        onHostKeyRejected: (reason) => {
            hostKeyRejection = reason;
        },
    });
    const api = new (docker_default())(dockerodeOptions);
    try {
        const version = await api.version({ abortSignal: AbortSignal.timeout(timeoutMs) });
        return { api, endpoint, serverVersion: version.Version, apiVersion: version.ApiVersion };
    }
    catch (error) {
        throw engineUnreachableError(endpoint, error, { timeoutMs, hostKeyRejection });
    }
}
/** The one-line UserError for an engine that did not answer, with what the user can do about it. */
function engineUnreachableError(endpoint, error, connection) {
    if (endpoint.kind === "ssh" && connection.hostKeyRejection) {
        return new src/* UserError */.yo(`Refused the SSH host key of ${endpoint.address} (${connection.hostKeyRejection})`, {
            hint: `Check the key's fingerprint with whoever runs ${endpoint.host}, then record it in ${endpoint.knownHostsSource}${endpoint.knownHostsSource === endpoint.knownHostsPath ? " (or point QUAI_SSH_KNOWN_HOSTS at another known_hosts file)" : ""}`,
            cause: error,
        });
    }
    if (errorCode(error) === "EACCES") {
        return new src/* UserError */.yo(`No permission to use the Docker engine at ${endpoint.address} (${node_errors_firstLine(error)})`, {
            hint: "Add this user to the docker group (then log in again), run as root, or point DOCKER_HOST at an engine this user may use",
            cause: error,
        });
    }
    if (endpoint.kind === "tcp" && endpoint.tls) {
        const tlsError = tlsFailure(endpoint.address, error);
        if (tlsError)
            return tlsError;
    }
    const cause = isAbort(error)
        ? `no answer within ${(0,src/* formatDuration */.a3)(connection.timeoutMs)}`
        : node_errors_firstLine(error);
    return new src/* UserError */.yo(`No Docker engine answers at ${endpoint.address} (${cause})`, {
        hint: "Start dockerd (scripts/testbed up does it on Debian), or point DOCKER_HOST at a running engine",
        cause: error,
    });
}
/**
 * What went wrong in TLS, told apart by Node's error codes: the engine's certificate failed
 * verification (OpenSSL's verify codes), the engine closed the connection once it saw ours (it
 * verifies client certificates: dockerd --tlsverify), or the port does not speak TLS at all.
 * Undefined for anything else, which the general message covers.
 */
function tlsFailure(address, error) {
    const code = errorCode(error) ?? "";
    const cause = `${node_errors_firstLine(error)}${code ? `, ${code}` : ""}`;
    // OpenSSL could not read our own material, before any byte reached the engine.
    if (/^ERR_OSSL_(UNSUPPORTED|PEM_|X509_KEY_VALUES_MISMATCH|BAD_DECRYPT)/.test(code)) {
        return new src/* UserError */.yo(`The TLS certificate or key for the Docker engine at ${address} cannot be used (${cause})`, {
            hint: "tls-key must be the PEM private key of tls-cert (key.pem and cert.pem), unencrypted",
            cause: error,
        });
    }
    if (/CERT|ISSUER|LEAF_SIGNATURE/.test(code)) {
        return new src/* UserError */.yo(`The Docker engine at ${address} failed TLS verification (${cause})`, {
            hint: "tls-ca (ca.pem) must be the CA that signed the engine's certificate, and that certificate must name the host DOCKER_HOST names",
            cause: error,
        });
    }
    if (code === "ECONNRESET" || code === "EPIPE" || /^ERR_SSL_.*ALERT/.test(code)) {
        return new src/* UserError */.yo(`The Docker engine at ${address} closed the TLS connection (${cause})`, {
            hint: "An engine that verifies clients (dockerd --tlsverify) drops a certificate its --tlscacert did not sign: check tls-cert and tls-key (cert.pem, key.pem)",
            cause: error,
        });
    }
    // OpenSSL's words for a first answer that is not a TLS record (an HTTP one, here).
    if (/wrong version number/.test(node_errors_firstLine(error))) {
        return new src/* UserError */.yo(`The Docker engine at ${address} does not speak TLS (its answer is not a TLS record)`, {
            hint: "Give the port where dockerd listens with --tlsverify (2376 by convention), or drop the TLS material for a plain tcp:// engine",
            cause: error,
        });
    }
    return undefined;
}
/** The timeout signal aborts the request; Node reports that as an AbortError, whatever the reason. */
function isAbort(error) {
    return error instanceof Error && error.name === "AbortError";
}

;// CONCATENATED MODULE: ../../packages/oci/src/digest.ts


const SHA256_DIGEST = /^sha256:([0-9a-f]{64})$/;
/** The content address OCI and Docker use: `sha256:<hex>`. */
function digest_sha256Digest(content) {
    return `sha256:${(0,external_node_crypto_.createHash)("sha256").update(content).digest("hex")}`;
}
/** The sha256 digest of a stream's bytes, hashed as they pass, for blobs too big to hold. */
async function digest_streamDigest(stream) {
    const hash = createHash("sha256");
    for await (const chunk of stream)
        hash.update(chunk);
    return `sha256:${hash.digest("hex")}`;
}
/** The hex part of a sha256 digest, which names blob files (`blobs/sha256/<hex>`, `<hex>.json`). */
function digest_digestHex(digest) {
    const hex = SHA256_DIGEST.exec(digest)?.[1];
    if (hex === undefined)
        throw new src/* UserError */.yo(`Not a sha256 digest: ${digest}`);
    return hex;
}

;// CONCATENATED MODULE: ../../packages/oci/src/error-message.ts
/** An error's message cut to its first line, to quote it inside a one-line UserError. */
function error_message_firstLine(error) {
    const message = error instanceof Error ? error.message : String(error);
    return message.split("\n", 1)[0]?.trim() ?? "";
}

;// CONCATENATED MODULE: ../../packages/oci/src/parse-json.ts


/** A JSON document read from a file or an engine, checked for the fields the caller relies on. */
function parse_json_parseJson(text, what, isExpected) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new src/* UserError */.yo(`${what} is not valid JSON (${error_message_firstLine(error)})`, { cause: error });
    }
    if (!isExpected(value))
        throw new src/* UserError */.yo(`${what} does not have the fields it should`);
    return value;
}
function parse_json_isRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isStringArray(value) {
    return Array.isArray(value) && value.every((item) => typeof item === "string");
}

;// CONCATENATED MODULE: ../../packages/oci/src/descriptor.ts



function descriptor_descriptorOf(mediaType, content) {
    return { mediaType, digest: sha256Digest(content), size: content.byteLength };
}
/** Serialises a document canonically, so the same document always has the same digest. */
function descriptor_jsonBlob(mediaType, document) {
    const bytes = Buffer.from(canonicalJson(document), "utf8");
    return { bytes, descriptor: descriptor_descriptorOf(mediaType, bytes) };
}
function descriptor_isDescriptor(value) {
    return (isRecord(value) &&
        typeof value.mediaType === "string" &&
        typeof value.digest === "string" &&
        Number.isSafeInteger(value.size));
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ../../packages/oci/src/epoch.ts

/**
 * The newest epoch a tar header holds: tar-stream writes mtime through a 32-bit integer, so later
 * times would wrap to negative ones.
 */
const LATEST_EPOCH = (/* unused pure expression or super */ null && (2 ** 31 - 1));
/** The build's timestamp (SOURCE_DATE_EPOCH, in seconds) as a Date, refused when a tar cannot hold it. */
function epoch_epochDate(seconds) {
    if (!Number.isInteger(seconds) || seconds < 0 || seconds > LATEST_EPOCH) {
        throw new InvalidValueError("SOURCE_DATE_EPOCH", String(seconds), `must be whole seconds from 0 to ${LATEST_EPOCH}`, { hint: "Use the commit time, e.g. $(git log -1 --format=%ct)" });
    }
    return new Date(seconds * 1000);
}
/** The epoch as image configs write times: RFC 3339 in UTC, without fractions (1970-01-01T00:00:00Z). */
function epoch_epochTimestamp(seconds) {
    return epoch_epochDate(seconds).toISOString().replace(".000Z", "Z");
}

;// CONCATENATED MODULE: ../../packages/oci/src/media-types.ts
/** The OCI media types this package writes (image-spec v1.1). */
const media_types_MEDIA_TYPES = {
    layer: "application/vnd.oci.image.layer.v1.tar+gzip",
    config: "application/vnd.oci.image.config.v1+json",
    manifest: "application/vnd.oci.image.manifest.v1+json",
    index: "application/vnd.oci.image.index.v1+json",
};
/** Docker's name for a multi-platform index, which registries and `docker save` still write. */
const DOCKER_MANIFEST_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
/** An image index (OCI) or manifest list (Docker): a list of per-platform manifests. */
function isIndexMediaType(mediaType) {
    return mediaType === media_types_MEDIA_TYPES.index || mediaType === DOCKER_MANIFEST_LIST;
}

;// CONCATENATED MODULE: ../../packages/oci/src/image-config.ts




/** The image config blob: canonical JSON, so the same options always give the same image ID. */
function buildImageConfig(options) {
    const created = epochTimestamp(options.epoch);
    const document = {
        created,
        architecture: options.platform.architecture,
        os: options.platform.os,
        ...(options.platform.variant ? { variant: options.platform.variant } : {}),
        config: options.config,
        rootfs: { type: "layers", diff_ids: options.layers.map((layer) => layer.diffId) },
        history: options.layers.map((layer) => ({
            created,
            created_by: layer.createdBy,
            comment: layer.comment,
        })),
    };
    return jsonBlob(MEDIA_TYPES.config, document);
}
/** An image config (OCI or Docker), as far as stacking its layers relies on it. */
function image_config_isImageConfig(value) {
    return parse_json_isRecord(value) && parse_json_isRecord(value.rootfs) && isStringArray(value.rootfs.diff_ids);
}
/** The platform a config says its image is of; a config that says none is Docker's linux/amd64. */
function configPlatform(config) {
    return { os: config.os ?? "linux", architecture: config.architecture ?? "amd64", variant: config.variant };
}

;// CONCATENATED MODULE: ../../packages/oci/src/layer.ts




const gzipAsync = (0,external_node_util_.promisify)(external_node_zlib_.gzip);
/**
 * Fixed, so the same tar always gives the same gzip: the level decides the deflate output and the
 * header's XFL byte; Node writes mtime 0 and no file name itself.
 */
const GZIP_LEVEL = 6;
/** The gzip header's OS byte, which zlib sets to the platform it was built for. */
const GZIP_OS_OFFSET = 9;
/** "unknown", as Go's compress/gzip writes it, so a layer built on macOS equals one built on Linux. */
const GZIP_OS_UNKNOWN = 0xff;
async function layer_createLayer(tar) {
    const compressed = await deterministicGzip(tar);
    return {
        tar,
        gzip: compressed,
        diffId: sha256Digest(tar),
        digest: sha256Digest(compressed),
        size: compressed.byteLength,
        uncompressedSize: tar.byteLength,
        mediaType: MEDIA_TYPES.layer,
    };
}
async function deterministicGzip(content) {
    const compressed = await gzipAsync(content, { level: GZIP_LEVEL });
    compressed[GZIP_OS_OFFSET] = GZIP_OS_UNKNOWN;
    return compressed;
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ../../packages/oci/node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(49328);
;// CONCATENATED MODULE: ../../packages/oci/src/tar-read.ts





/** The permission bits a layer keeps: rwx for all, plus setuid, setgid and sticky. */
const tar_read_PERMISSION_BITS = 0o7777;
/** Chunks a tar in memory is fed in: tar-stream is slow on one chunk of hundreds of MiB. */
const FEED_CHUNK_BYTES = 1 << 20;
async function tar_read_readTarEntries(tar) {
    const extract = tar_stream.extract();
    const source = Buffer.isBuffer(tar) ? external_node_stream_.Readable.from(chunksOf(tar)) : tar;
    // pipeline destroys the source when the tar is bad, so an engine's response is never left hanging.
    const [entries] = await Promise.all([collectEntries(extract), (0,promises_.pipeline)(source, extract)]);
    return entries;
}
function* chunksOf(tar) {
    for (let offset = 0; offset < tar.length; offset += FEED_CHUNK_BYTES) {
        yield tar.subarray(offset, offset + FEED_CHUNK_BYTES);
    }
}
/**
 * Every entry with its content. Events rather than async iteration: a layer has thousands of
 * entries, and the per-entry cost of iterators and stream consumers doubled the time to read one.
 */
function collectEntries(extract) {
    const entries = [];
    return new Promise((resolve, reject) => {
        extract.on("entry", (header, stream, next) => {
            const chunks = [];
            stream.on("data", (chunk) => chunks.push(chunk));
            stream.on("end", () => {
                entries.push({
                    header,
                    content: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks),
                });
                next();
            });
        });
        extract.on("finish", () => resolve(entries));
        extract.on("error", reject);
    });
}
/**
 * A tar path as a layer names it: "./usr/bin/", "/usr/bin" and "usr//bin" are all "usr/bin". ".."
 * cannot climb above the root, as when a runtime extracts the layer; the root itself is "".
 */
function tar_read_normalizeTarPath(path) {
    return external_node_path_.posix.normalize(`/${path}`).slice(1).replace(/\/$/, "");
}
async function listTar(tar) {
    return (await tar_read_readTarEntries(tar)).map(({ header }) => ({
        path: tar_read_normalizeTarPath(header.name),
        type: header.type,
        size: header.size,
        mode: header.mode & tar_read_PERMISSION_BITS,
        uid: header.uid,
        gid: header.gid,
        ...(header.linkname ? { linkname: header.linkname } : {}),
    }));
}
/** The content of the file at `path` (hardlinks followed), or undefined when the tar has no such file. */
async function readTarFile(tar, path) {
    const entries = tar_read_entriesByPath(await tar_read_readTarEntries(tar));
    const entry = entries.get(tar_read_normalizeTarPath(path));
    if (entry?.header.type === "link")
        return tar_read_hardlinkedFile(entry, entries).content;
    return entry?.header.type === "file" ? entry.content : undefined;
}
/** Entries by normalised path; a later entry for the same path replaces an earlier one, as extraction does. */
function tar_read_entriesByPath(entries) {
    return new Map(entries.map((entry) => [tar_read_normalizeTarPath(entry.header.name), entry]));
}
/** The file entry that holds a hardlink's content: its target, or its target's target. */
function tar_read_hardlinkedFile(link, entries) {
    const seen = new Set();
    let entry = link;
    while (entry.header.type === "link") {
        seen.add(entry);
        const target = entries.get(tar_read_normalizeTarPath(entry.header.linkname ?? ""));
        if (target === undefined || seen.has(target)) {
            throw new src/* UserError */.yo(`Hardlink ${link.header.name} points to ${entry.header.linkname}, which is not a file in the archive`, { hint: "Archive the hardlink together with the file it links to" });
        }
        entry = target;
    }
    return entry;
}

// EXTERNAL MODULE: external "node:stream/consumers"
var consumers_ = __webpack_require__(38321);
;// CONCATENATED MODULE: ../../packages/oci/src/tar-write.ts





/**
 * tar-stream replaces a mode of 0 with 0644 (or 0755), so headers carry the file-type bits too:
 * the mode is never 0, and the encoder keeps only the low 12 bits anyway.
 */
const FILE_TYPE_BITS = { file: 0o100000, directory: 0o040000, symlink: 0o120000 };
/** tar-stream writes ids in 6 octal digits, and silently writes larger ones as 0777777. */
const LARGEST_ID = 0o777777;
/**
 * The tar the records make, the same bytes for the same records whatever their order: sorted by
 * path (a parent sorts before its children), one mtime for all, no user or group names, no PAX
 * records beyond long or non-ASCII names. A path given twice keeps its last record.
 */
function tar_write_packTar(records, mtime) {
    const date = epochDate(mtime);
    const pack = tarStream.pack();
    const firstOfGroup = new Map();
    for (const record of inPathOrder(records)) {
        const entryHeader = header(record, date);
        const group = record.hardlinkGroup;
        const firstPath = group === undefined ? undefined : firstOfGroup.get(group);
        if (firstPath === undefined) {
            if (group !== undefined)
                firstOfGroup.set(group, record.path);
            pack.entry(entryHeader, record.content);
        }
        else {
            pack.entry({ ...entryHeader, type: "link", size: 0, linkname: firstPath });
        }
    }
    pack.finalize();
    return Readable.from(pack);
}
async function tar_write_packTarBuffer(records, mtime) {
    return buffer(tar_write_packTar(records, mtime));
}
function inPathOrder(records) {
    const byPath = new Map(records.map((record) => [record.path, record]));
    return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
}
function header(record, mtime) {
    checkIds(record);
    return {
        // A trailing slash marks directories, as GNU tar and Docker write them.
        name: record.type === "directory" ? `${record.path}/` : record.path,
        type: record.type,
        mode: FILE_TYPE_BITS[record.type] | record.mode,
        uid: record.uid,
        gid: record.gid,
        size: record.type === "file" ? record.content.byteLength : 0,
        mtime,
        linkname: record.linkname ?? "",
        uname: "",
        gname: "",
        devmajor: 0,
        devminor: 0,
    };
}
function checkIds(record) {
    if (record.uid > LARGEST_ID || record.gid > LARGEST_ID) {
        throw new UserError(`Owner ${record.uid}:${record.gid} of ${record.path} is too large for a tar header`, {
            hint: `Give the layer an owner below ${LARGEST_ID + 1}`,
        });
    }
}

;// CONCATENATED MODULE: ../../packages/oci/src/docker-archive.ts












/**
 * The archive cannot be read as an image (a layer compressed in a way quai cannot read, layers
 * that do not match their config, no such platform): callers that know the engine say which.
 */
class UnreadableArchiveError extends src/* UserError */.yo {
}
const MANIFEST_FILE = "manifest.json";
const OCI_INDEX_FILE = "index.json";
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);
const ZSTD_MAGIC = Buffer.from([0x28, 0xb5, 0x2f, 0xfd]);
const gunzipAsync = (0,external_node_util_.promisify)(external_node_zlib_.gunzip);
/** The archive is a transport, not an image: its own entries get a fixed time. */
const ARCHIVE_MTIME = 0;
/** The file of a layer the engine holds: never opened by docker load. */
const HELD_BY_ENGINE = Buffer.alloc(0);
/** How many symlinks a layer path may go through (docker save links a repeated layer to its first copy). */
const MAX_SYMLINK_HOPS = 8;
/**
 * The image in `docker save` format, for `docker load`: manifest.json, the config as
 * `<config hex>.json` and each layer uncompressed as `<diffId hex>/layer.tar`. The same image
 * gives the same bytes.
 */
function dockerArchive(image) {
    const config = archiveRecord(`${digestHex(sha256Digest(image.config))}.json`, image.config);
    const inEngine = image.layersInEngine ?? 0;
    // A layer that comes again above the held chain (the same bytes added twice) must be whole.
    const needed = new Set(image.layers.slice(inEngine).map((layer) => layer.diffId));
    // A layer that comes twice is archived once: packTar keeps one record per path.
    const layers = image.layers.map((layer, position) => archiveRecord(`${digestHex(layer.diffId)}/layer.tar`, position < inEngine && !needed.has(layer.diffId) ? HELD_BY_ENGINE : layer.tar));
    const manifest = [
        { Config: config.path, RepoTags: image.repoTags, Layers: layers.map((layer) => layer.path) },
    ];
    return packTar([archiveRecord(MANIFEST_FILE, Buffer.from(canonicalJson(manifest))), config, ...layers], ARCHIVE_MTIME);
}
function archiveRecord(path, content) {
    return { path, type: "file", mode: 0o644, uid: 0, gid: 0, content };
}
/**
 * The one image of a `docker save` archive: Docker 20.10's (a directory per layer with layer.tar,
 * json and VERSION, plus repositories) or Docker 25's (an OCI layout plus manifest.json, with
 * gzip layers when the engine keeps images in containerd's store). With a platform, that
 * platform's image is taken from the archive's OCI index.
 */
async function readDockerArchive(stream, options = {}) {
    const entries = tar_read_entriesByPath(await tar_read_readTarEntries(stream));
    const image = options.platform && entries.has(OCI_INDEX_FILE)
        ? imageOfPlatform(entries, options.platform)
        : manifestImage(entries);
    const config = archiveFile(entries, image.Config);
    const configJson = parse_json_parseJson(config.toString("utf8"), `The config ${image.Config} of the docker archive`, image_config_isImageConfig);
    const platform = configPlatform(configJson);
    if (options.platform && !(0,src/* samePlatform */.my)(platform, options.platform)) {
        throw new UnreadableArchiveError(`The image is ${(0,src/* formatPlatform */.Bq)(platform)}, not ${(0,src/* formatPlatform */.Bq)(options.platform)}`, { hint: `Pull or build it for ${(0,src/* formatPlatform */.Bq)(options.platform)}` });
    }
    const layers = await Promise.all(image.Layers.map((path) => archiveLayer(archiveFile(entries, path), path)));
    checkDiffIds(configJson.rootfs.diff_ids, layers, image.Layers);
    return { config, configJson, layers, repoTags: image.RepoTags ?? [], platform };
}
/** A layer the archive holds, as the engine could give it back as a layer of its own. */
async function layerOfArchive(layer) {
    if (!layer.gzip)
        return createLayer(layer.tar);
    return {
        tar: layer.tar,
        gzip: layer.gzip,
        diffId: sha256Digest(layer.tar),
        digest: sha256Digest(layer.gzip),
        size: layer.gzip.byteLength,
        uncompressedSize: layer.tar.byteLength,
        mediaType: MEDIA_TYPES.layer,
    };
}
function manifestImage(entries) {
    const manifest = parse_json_parseJson(archiveFile(entries, MANIFEST_FILE).toString("utf8"), `${MANIFEST_FILE} of the docker archive`, isDockerManifest);
    const [image, ...others] = manifest;
    if (image === undefined || others.length > 0) {
        throw new src/* UserError */.yo(`The docker archive holds ${manifest.length} images; expected one`, {
            hint: "Save one image at a time",
        });
    }
    return image;
}
/** The image of that platform in the archive's OCI index, looking into nested indexes. */
function imageOfPlatform(entries, platform) {
    const images = indexImages(entries, OCI_INDEX_FILE, 0);
    const match = images.find((candidate) => (0,src/* samePlatform */.my)(candidate.platform, platform));
    if (match)
        return match.image;
    const offered = images.map((candidate) => (0,src/* formatPlatform */.Bq)(candidate.platform)).join(", ") || "none";
    throw new UnreadableArchiveError(`The image has no ${(0,src/* formatPlatform */.Bq)(platform)} image in this engine: it holds ${offered}`, {
        hint: `Pull it for that platform (docker pull --platform ${(0,src/* formatPlatform */.Bq)(platform)}), or build for one it holds`,
    });
}
/** Every image manifest an index lists whose manifest and config the archive holds. */
function indexImages(entries, path, depth) {
    const blob = optionalFile(entries, path);
    if (!blob || depth > MAX_SYMLINK_HOPS)
        return [];
    const document = JSON.parse(blob.toString("utf8"));
    return (document.manifests ?? []).flatMap((descriptor) => {
        const descriptorPath = blobPath(descriptor.digest);
        if (isIndexMediaType(descriptor.mediaType))
            return indexImages(entries, descriptorPath, depth + 1);
        const manifestBlob = optionalFile(entries, descriptorPath);
        if (!manifestBlob)
            return [];
        const manifest = JSON.parse(manifestBlob.toString("utf8"));
        if (!manifest.config || !manifest.layers)
            return [];
        const config = optionalFile(entries, blobPath(manifest.config.digest));
        if (!config)
            return [];
        const platform = descriptor.platform ?? configPlatform(JSON.parse(config.toString("utf8")));
        // Attestations (SBOM, provenance) are listed as unknown/unknown: they are no image to run.
        if (platform.os === "unknown")
            return [];
        return [
            {
                platform,
                image: {
                    Config: blobPath(manifest.config.digest),
                    Layers: manifest.layers.map(({ digest }) => blobPath(digest)),
                },
            },
        ];
    });
}
function blobPath(digest) {
    return `blobs/sha256/${digest_digestHex(digest)}`;
}
/** The layer's tar, from the archive's file: uncompressed (Docker's own store) or gzip (containerd's). */
async function archiveLayer(file, path) {
    if (file.subarray(0, 2).equals(GZIP_MAGIC))
        return { tar: await gunzipAsync(file), gzip: file };
    if (file.subarray(0, 4).equals(ZSTD_MAGIC)) {
        throw new UnreadableArchiveError(`Layer ${path} of the docker archive is zstd-compressed, which quai cannot read yet`, {
            hint: "Keep the image's layers in gzip: pull it from a registry that serves gzip, or build it without compression=zstd",
        });
    }
    return { tar: file };
}
function optionalFile(entries, path) {
    return entries.has(tar_read_normalizeTarPath(path)) ? archiveFile(entries, path) : undefined;
}
/** A file of the archive, following the symlinks docker save writes for a layer it already archived. */
function archiveFile(entries, path) {
    let current = tar_read_normalizeTarPath(path);
    for (let hop = 0; hop <= MAX_SYMLINK_HOPS; hop++) {
        const entry = entries.get(current);
        if (entry?.header.type === "symlink") {
            current = tar_read_normalizeTarPath(external_node_path_.posix.join(external_node_path_.posix.dirname(current), entry.header.linkname ?? ""));
            continue;
        }
        if (entry?.header.type === "link")
            return tar_read_hardlinkedFile(entry, entries).content;
        if (entry?.header.type === "file")
            return entry.content;
        break;
    }
    throw new src/* UserError */.yo(`The docker archive has no file ${path}`, {
        hint: "Check that it was made by docker save",
    });
}
/** Layers that do not hash to the config's diff_ids would make a config that lies about its image. */
function checkDiffIds(diffIds, layers, paths) {
    if (diffIds.length !== layers.length) {
        throw new UnreadableArchiveError(`The docker archive has ${layers.length} layers, but its config lists ${diffIds.length}`);
    }
    layers.forEach((layer, position) => {
        const digest = digest_sha256Digest(layer.tar);
        if (digest !== diffIds[position]) {
            throw new UnreadableArchiveError(`Layer ${paths[position]} of the docker archive hashes to ${digest}, not the config's ${diffIds[position]}`);
        }
    });
}
function isDockerManifest(value) {
    return (Array.isArray(value) &&
        value.every((image) => parse_json_isRecord(image) &&
            typeof image.Config === "string" &&
            (image.RepoTags === null || image.RepoTags === undefined || isStringArray(image.RepoTags)) &&
            isStringArray(image.Layers)));
}

;// CONCATENATED MODULE: ../../packages/oci/src/load.ts




const HINT = "Check the engine's free disk space and its log (journalctl -u docker)";
/**
 * Loads a `docker save` archive (see dockerArchive) into the engine. The engine answers 200 as soon
 * as it starts reading, then reports progress and failure alike as JSON messages in the body, so
 * the body is read to the end and an `error` message there fails the load too.
 */
async function loadImage(api, archive) {
    let response;
    try {
        response = await api.loadImage(archive);
    }
    catch (error) {
        throw new UserError(`The Docker engine refused to load the image (${firstLine(error)})`, {
            hint: HINT,
            cause: error,
        });
    }
    const failure = loadError(await text(response));
    if (failure !== undefined) {
        throw new UserError(`The Docker engine could not load the image (${failure})`, { hint: HINT });
    }
}
/** The first error among the engine's messages, one JSON object per line. */
function loadError(body) {
    for (const line of body.split("\n")) {
        const message = parseLine(line);
        if (!isRecord(message))
            continue;
        if (typeof message.error === "string")
            return message.error;
        if (isRecord(message.errorDetail) && typeof message.errorDetail.message === "string") {
            return message.errorDetail.message;
        }
    }
    return undefined;
}
function parseLine(line) {
    try {
        return JSON.parse(line);
    }
    catch {
        // Blank lines between messages, or text from an engine that does not speak JSON here.
        return undefined;
    }
}

;// CONCATENATED MODULE: ../../packages/oci/src/manifest.ts



/** The image manifest blob, whose digest is the image's digest in a registry. */
function buildManifest(options) {
    const document = {
        schemaVersion: 2,
        mediaType: MEDIA_TYPES.manifest,
        config: options.config,
        layers: options.layers.map(({ mediaType, digest, size }) => ({ mediaType, digest, size })),
        annotations: options.annotations,
    };
    return jsonBlob(MEDIA_TYPES.manifest, document);
}
/** An OCI image manifest, as far as reading a layout relies on it. */
function manifest_isImageManifest(value) {
    return (isRecord(value) &&
        value.mediaType === MEDIA_TYPES.manifest &&
        isDescriptor(value.config) &&
        Array.isArray(value.layers) &&
        value.layers.every(isDescriptor));
}

// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ../../packages/oci/src/oci-layout.ts











/** The annotation that names an image in an index, like a tag. */
const REF_NAME_ANNOTATION = "org.opencontainers.image.ref.name";
/** The annotation (and label) naming the image an image was built FROM. */
const BASE_NAME_ANNOTATION = "org.opencontainers.image.base.name";
const LAYOUT_FILE = "oci-layout";
const INDEX_FILE = "index.json";
const LAYOUT_VERSION = "1.0.0";
const REBUILD_HINT = "The layout was damaged or changed after the build; build the image again";
/**
 * Writes the image as an OCI image layout in `dir`, which must not exist or be empty. The files go
 * into a directory beside it first, renamed into place when all are written, so a failed write
 * never leaves what looks like a complete layout.
 */
async function writeOciLayout(dir, image) {
    const target = resolve(dir);
    await mkdir(dirname(target), { recursive: true });
    const staging = await mkdtemp(join(dirname(target), `.${basename(target)}.partial-`));
    try {
        const manifestDigest = await writeLayoutFiles(staging, image);
        // mkdtemp makes the directory private; a layout is as readable as any other build output.
        await chmod(staging, 0o755);
        await moveIntoPlace(staging, target);
        return { manifestDigest, indexPath: join(target, INDEX_FILE) };
    }
    catch (error) {
        await rm(staging, { recursive: true, force: true });
        throw error;
    }
}
async function writeLayoutFiles(dir, image) {
    await mkdir(join(dir, "blobs", "sha256"), { recursive: true });
    const blobs = [image.config, ...image.layers.map((layer) => layer.gzip), image.manifest];
    for (const blob of blobs)
        await writeFile(blobFile(dir, sha256Digest(blob)), blob);
    const manifest = descriptorOf(MEDIA_TYPES.manifest, image.manifest);
    const annotations = image.refName === undefined ? undefined : { [REF_NAME_ANNOTATION]: image.refName };
    const index = {
        schemaVersion: 2,
        mediaType: MEDIA_TYPES.index,
        manifests: [{ ...manifest, annotations }],
    };
    await writeFile(join(dir, LAYOUT_FILE), canonicalJson({ imageLayoutVersion: LAYOUT_VERSION }));
    await writeFile(join(dir, INDEX_FILE), canonicalJson(index));
    return manifest.digest;
}
/** rename() replaces an empty directory and refuses one with files, which is what we want. */
async function moveIntoPlace(staging, target) {
    try {
        await rename(staging, target);
    }
    catch (error) {
        if (!hasCode(error, "ENOTEMPTY", "EEXIST", "ENOTDIR"))
            throw error;
        throw new UserError(`Cannot write the OCI layout to ${target}: it already exists and is not an empty directory`, {
            hint: "Remove it, or choose another output directory",
            cause: error,
        });
    }
}
/** The layout's one image: index, manifest and config, the last two checked against their digests. */
async function readOciLayout(dir) {
    const root = resolve(dir);
    await checkLayoutVersion(root);
    const index = parseJson(await readLayoutFile(root, INDEX_FILE), `${INDEX_FILE} in ${root}`, isImageIndex);
    const [manifestDescriptor, ...others] = index.manifests;
    if (manifestDescriptor === undefined || others.length > 0) {
        throw new UserError(`The OCI layout at ${root} holds ${index.manifests.length} images; quai reads layouts of one`);
    }
    const manifest = await readJsonBlob(root, manifestDescriptor, "manifest", isImageManifest);
    const config = await readJsonBlob(root, manifest.config, "config", isImageConfig);
    return {
        dir: root,
        index,
        manifestDescriptor,
        manifest,
        config,
        blobPath: (digest) => blobFile(root, digest),
        openBlob: (digest) => createReadStream(blobFile(root, digest)),
    };
}
/**
 * Checks these blobs of the layout against their descriptors' size and digest: a push hashes only
 * the blobs it is about to upload, and a re-push of what the registry holds hashes nothing.
 */
async function verifyLayoutBlobs(layout, blobs) {
    for (const blob of blobs) {
        const role = blobRole(layout, blob.digest);
        const size = await blobSize(layout.dir, blob, role);
        checkBlob(layout.dir, blob, role, { size, digest: await streamDigest(layout.openBlob(blob.digest)) });
    }
}
function blobRole(layout, digest) {
    if (digest === layout.manifest.config.digest)
        return "config";
    const { layers } = layout.manifest;
    return `layer ${layers.findIndex((layer) => layer.digest === digest) + 1} of ${layers.length}`;
}
async function checkLayoutVersion(root) {
    const layout = parseJson(await readLayoutFile(root, LAYOUT_FILE), `${LAYOUT_FILE} in ${root}`, isRecord);
    if (layout.imageLayoutVersion !== LAYOUT_VERSION) {
        throw new UserError(`The OCI layout at ${root} has version ${JSON.stringify(layout.imageLayoutVersion)}; quai reads ${LAYOUT_VERSION}`);
    }
}
async function readLayoutFile(root, name) {
    try {
        return await readFile(join(root, name), "utf8");
    }
    catch (error) {
        if (!hasCode(error, "ENOENT", "ENOTDIR"))
            throw error;
        throw new UserError(`No OCI layout at ${root} (it has no ${name})`, {
            hint: "Point to the directory build-minimal-image wrote",
            cause: error,
        });
    }
}
async function readJsonBlob(root, descriptor, role, isExpected) {
    await blobSize(root, descriptor, role);
    const bytes = await readFile(blobFile(root, descriptor.digest));
    checkBlob(root, descriptor, role, { size: bytes.byteLength, digest: sha256Digest(bytes) });
    return parseJson(bytes.toString("utf8"), `The ${role} of the OCI layout at ${root}`, isExpected);
}
async function blobSize(root, descriptor, role) {
    try {
        return (await stat(blobFile(root, descriptor.digest))).size;
    }
    catch (error) {
        if (!hasCode(error, "ENOENT"))
            throw error;
        throw new UserError(`The OCI layout at ${root} lacks blob ${descriptor.digest} (${role})`, {
            hint: REBUILD_HINT,
            cause: error,
        });
    }
}
function checkBlob(root, expected, role, actual) {
    const blob = `Blob ${expected.digest} (${role}) of the OCI layout at ${root}`;
    if (actual.size !== expected.size) {
        throw new UserError(`${blob} is ${actual.size} bytes, not the ${expected.size} its descriptor says`, {
            hint: REBUILD_HINT,
        });
    }
    if (actual.digest !== expected.digest) {
        throw new UserError(`${blob} does not match its digest: its content hashes to ${actual.digest}`, {
            hint: REBUILD_HINT,
        });
    }
}
function blobFile(root, digest) {
    return join(root, "blobs", "sha256", digestHex(digest));
}
function isImageIndex(value) {
    return isRecord(value) && Array.isArray(value.manifests) && value.manifests.every(isDescriptor);
}
function hasCode(error, ...codes) {
    return (error instanceof Error && "code" in error && typeof error.code === "string" && codes.includes(error.code));
}

;// CONCATENATED MODULE: ../../packages/oci/src/tar-normalize.ts



/**
 * Rewrites any tar (`docker cp`'s, with real mtimes, user names and PAX records) into a layer tar
 * that depends only on the files: see packTar for the order and headers. Content, modes
 * (permissions, setuid, setgid, sticky), numeric owners, symlinks and hardlinks are kept; xattrs,
 * atime and ctime are dropped.
 */
async function normalizeTar(input, options) {
    const entries = entriesByPath(await readTarEntries(input));
    const groups = hardlinkGroups(entries);
    const records = [];
    for (const [path, entry] of entries) {
        if (options.exclude?.(path))
            continue;
        const layerPath = normalizeTarPath(`${options.prefix ?? ""}/${path}`);
        // The archive's root, "./", is the image's root unless a prefix gives it a name.
        if (layerPath === "")
            continue;
        const file = entry.header.type === "link" ? hardlinkedFile(entry, entries) : entry;
        records.push({ ...recordOf(file, layerPath, options.owner), hardlinkGroup: groups.get(path) });
    }
    return packTarBuffer(records, options.mtime);
}
/** A deterministic tar of in-memory entries, with the same order and headers as normalizeTar's. */
async function tarFromEntries(entries, mtime) {
    return packTarBuffer(entries.map(recordOfLayerEntry), mtime);
}
/**
 * The group of every path that shares an inode with another, keyed by the path of the file that
 * holds the content in the input: the hardlinks and the files they link to.
 */
function hardlinkGroups(entries) {
    const groups = new Map();
    for (const [path, entry] of entries) {
        if (entry.header.type !== "link")
            continue;
        const group = normalizeTarPath(hardlinkedFile(entry, entries).header.name);
        groups.set(path, group);
        groups.set(group, group);
    }
    return groups;
}
function recordOf(entry, path, owner) {
    const { header } = entry;
    return {
        path,
        type: layerType(header.type, path),
        mode: header.mode & PERMISSION_BITS,
        uid: owner?.uid ?? header.uid,
        gid: owner?.gid ?? header.gid,
        content: entry.content,
        linkname: header.type === "symlink" ? header.linkname : undefined,
    };
}
function layerType(type, path) {
    if (type === "file" || type === "contiguous-file")
        return "file";
    if (type === "directory" || type === "symlink")
        return type;
    throw new UserError(`${path} is a ${type}; an application layer holds only files, directories and links`, {
        hint: "Leave it out of the layer with exclude",
    });
}
function recordOfLayerEntry(entry) {
    const path = normalizeTarPath(entry.path);
    if (path === "") {
        throw new UserError(`A layer entry needs a path below /, not ${JSON.stringify(entry.path)}`);
    }
    if (entry.type === "symlink" && !entry.linkname)
        throw new UserError(`Symlink ${path} needs a linkname`);
    return {
        path,
        type: entry.type,
        mode: entry.mode & PERMISSION_BITS,
        uid: entry.uid ?? 0,
        gid: entry.gid ?? 0,
        content: entry.type === "file" ? Buffer.from(entry.content ?? "") : Buffer.alloc(0),
        linkname: entry.type === "symlink" ? entry.linkname : undefined,
    };
}

;// CONCATENATED MODULE: ../../packages/oci/src/index.ts














;// CONCATENATED MODULE: ../../packages/docker/src/image-store.ts



function imageStoreOf(info) {
    const containerd = (info.DriverStatus ?? []).some(([key, value]) => key === "driver-type" && value.startsWith("io.containerd.snapshotter"));
    const store = containerd ? "containerd image store" : "classic image store";
    return {
        kind: containerd ? "containerd" : "classic",
        description: `Docker ${info.ServerVersion ?? "(version unknown)"}, ${store} (${info.Driver ?? "unknown driver"})`,
        platform: (0,src/* enginePlatform */.qY)(info),
    };
}
/**
 * An engine image as `docker save` gives it, from either store: uncompressed or gzip layers, an
 * image id that is a config, manifest or index digest, and, with a platform, that platform's
 * image out of a multi-platform index (without one, the image the engine saves, which is of its
 * own platform where it holds several). An archive quai cannot read is one error naming the
 * engine and its store, never a digest mismatch about blobs.
 */
async function readEngineImage(engine, image, options = {}) {
    const store = imageStoreOf((await engine.info()));
    try {
        return await readDockerArchive(await engine.getImage(image).get(), options);
    }
    catch (error) {
        if (httpStatus(error) === 404) {
            throw new src/* UserError */.yo(`No image ${image} in the engine (${store.description})`, {
                hint: "Build or pull it on this engine first (build-minimal-image loads what it builds), or push the oci-layout build-minimal-image wrote",
                cause: error,
            });
        }
        if (!(error instanceof UnreadableArchiveError))
            throw error;
        throw new src/* UserError */.yo(`quai cannot read ${image} from the engine (${store.description}): ${error.message}`, {
            hint: error.hint,
            cause: error,
        });
    }
}

;// CONCATENATED MODULE: ../../packages/docker/src/registry-mirrors.ts
/**
 * The engine's mirrors of Docker Hub (its daemon.json's `registry-mirrors`), in the order it tries
 * them, as URLs (`https://mirror.example.com/`). A runner behind a corporate mirror, or with no
 * way out to Docker Hub at all, pulls Docker Hub images through them: what quai reads of such an
 * image without the engine must come the same way.
 */
function registryMirrorsOf(info) {
    return info.RegistryConfig?.Mirrors ?? [];
}

;// CONCATENATED MODULE: ../../packages/docker/src/run-resources.ts


const LIST_COMMANDS = {
    container: "docker ps -a",
    network: "docker network ls",
    volume: "docker volume ls",
};
/** What carries RUN_ID_LABEL=runId now, stopped containers included. */
async function listRunResources(api, runId) {
    const found = await findRunResources(api, runId);
    return {
        containers: names(found.containers),
        networks: names(found.networks),
        volumes: names(found.volumes),
    };
}
/**
 * Removes what carries RUN_ID_LABEL=runId and returns what it removed. Containers go first (with
 * their anonymous volumes), since a network or volume in use by one cannot be removed.
 */
async function removeRunResources(api, runId) {
    const found = await findRunResources(api, runId);
    const containers = await removeEach("container", found.containers, runId, (id) => api.getContainer(id).remove({ force: true, v: true }));
    const networks = await removeEach("network", found.networks, runId, (id) => api.getNetwork(id).remove());
    const volumes = await removeEach("volume", found.volumes, runId, (name) => api.getVolume(name).remove());
    return { containers, networks, volumes };
}
async function findRunResources(api, runId) {
    const filters = JSON.stringify({ label: [`${src/* RUN_ID_LABEL */.pv}=${runId}`] });
    const [containers, networks, volumes] = await Promise.all([
        api.listContainers({ all: true, filters }),
        api.listNetworks({ filters }),
        api.listVolumes({ filters }),
    ]);
    return {
        // The engine lists container names with a leading slash, unlike `docker ps`.
        containers: containers.map(({ Id, Names }) => ({ id: Id, name: Names[0]?.replace(/^\//, "") ?? Id })),
        networks: networks.map(({ Id, Name }) => ({ id: Id, name: Name })),
        volumes: volumes.Volumes.map(({ Name }) => ({ id: Name, name: Name })),
    };
}
/** Removes each resource in turn; the names of those it removed, not of those already gone. */
async function removeEach(kind, resources, runId, remove) {
    const removed = [];
    for (const resource of resources) {
        try {
            await remove(resource.id);
            removed.push(resource.name);
        }
        catch (error) {
            // Gone since it was listed (an --rm container, another cleanup): what removal wanted anyway.
            if (httpStatus(error) !== 404)
                throw removalError(kind, resource.name, runId, error);
        }
    }
    return removed;
}
function removalError(kind, name, runId, error) {
    return new src/* UserError */.yo(`Could not remove ${kind} ${name} of run ${runId} (${node_errors_firstLine(error)})`, {
        hint: `See what the run left with: ${LIST_COMMANDS[kind]} --filter label=${src/* RUN_ID_LABEL */.pv}=${runId}`,
        cause: error,
    });
}
function names(resources) {
    return resources.map((resource) => resource.name);
}

;// CONCATENATED MODULE: ../../packages/docker/src/index.ts










/***/ })

};
