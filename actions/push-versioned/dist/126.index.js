export const id = 126;
export const ids = [126];
export const modules = {

/***/ 17126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  connectEngine: () => (/* reexport */ connectEngine),
  readEngineImage: () => (/* reexport */ readEngineImage)
});

// UNUSED EXPORTS: REFUSED_ENGINE_HOST_HINT, engineHostProblem, firstLine, httpStatus, imageStoreOf, isLoopbackHost, listRunResources, orUndefinedWhenMissing, parseDockerHost, plainTcpRisk, refusedEngineHost, registryMirrorsOf, removeRunResources, verifyHostKey

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
function node_errors_httpStatus(error) {
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
        return new UserError(`The Docker engine could not ${doing}: its default bridge docker0 is missing (${message})`, {
            hint: "Restart dockerd, which makes docker0 again (a second dockerd with its own address pools can delete it on restart)",
            cause: error,
        });
    }
    if (/no space left on device/i.test(message)) {
        return new UserError(`The Docker engine could not ${doing}: its disk is full (${message})`, {
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
        if (node_errors_httpStatus(error) === 404)
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

// EXTERNAL MODULE: ../../packages/oci/src/index.ts + 17 modules
var oci_src = __webpack_require__(75043);
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
        return await (0,oci_src/* readDockerArchive */.z9)(await engine.getImage(image).get(), options);
    }
    catch (error) {
        if (node_errors_httpStatus(error) === 404) {
            throw new src/* UserError */.yo(`No image ${image} in the engine (${store.description})`, {
                hint: "Build or pull it on this engine first (build-minimal-image loads what it builds), or push the oci-layout build-minimal-image wrote",
                cause: error,
            });
        }
        if (!(error instanceof oci_src/* UnreadableArchiveError */.sU))
            throw error;
        throw new src/* UserError */.yo(`quai cannot read ${image} from the engine (${store.description}): ${error.message}`, {
            hint: error.hint,
            cause: error,
        });
    }
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
    const filters = JSON.stringify({ label: [`${RUN_ID_LABEL}=${runId}`] });
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
    return new UserError(`Could not remove ${kind} ${name} of run ${runId} (${firstLine(error)})`, {
        hint: `See what the run left with: ${LIST_COMMANDS[kind]} --filter label=${RUN_ID_LABEL}=${runId}`,
        cause: error,
    });
}
function names(resources) {
    return resources.map((resource) => resource.name);
}

;// CONCATENATED MODULE: ../../packages/docker/src/index.ts










/***/ })

};
