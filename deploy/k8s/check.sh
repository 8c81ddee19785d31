#!/usr/bin/env bash
# Offline checks of deploy/k8s (no cluster needed):
#   1. every *.yaml / *.yml parses (python3 + PyYAML, or ruby's YAML when PyYAML is missing), every
#      dashboard *.json parses;
#   2. every path a kustomization.yaml lists (resources, patches, generator files) exists;
#   3. base, overlays/dev and overlays/prod render with `kustomize build` or `kubectl kustomize` (when
#      either exists; otherwise the checks below run on the base's source files);
#   4. on each rendering: the HTTPRoutes implement exactly the DESIGN §4 prefix table (path, match
#      type and backend), the deploy/local nginx gateway has the same table, and the contract of
#      DESIGN §7 holds (probes, hardening, resources, env/secrets, HPA, PDB, NetworkPolicies,
#      ServiceMonitors, migration Job, CloudNativePG Cluster, Strimzi Kafka/topics, alerts, dashboard);
#   5. schema validation of the three renderings with unknown fields refused (schema-check/: typed
#      kubernetes-models for core, Gateway API and Prometheus Operator kinds; the upstream CRD schemas
#      for CloudNativePG and Strimzi) and PromQL syntax of alerts and dashboard queries. Needs node + npm (packages installed once into
#      schema-check/node_modules); skipped with a notice when they are missing or with --no-schemas.
# Exit code 0 when everything holds; every failure is printed.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
SCHEMAS=yes
[[ ${1:-} == --no-schemas ]] && SCHEMAS=no

command -v python3 >/dev/null || { echo "check.sh: python3 is required" >&2; exit 2; }

RENDER=""
if command -v kustomize >/dev/null; then
  RENDER="kustomize build"
elif command -v kubectl >/dev/null && kubectl kustomize --help >/dev/null 2>&1; then
  RENDER="kubectl kustomize"
fi

OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

# The dev overlay's Secrets come from git-ignored files made by gen-dev-secrets.sh.
if [[ -n $RENDER ]]; then
  if command -v openssl >/dev/null; then
    "$HERE/overlays/dev/gen-dev-secrets.sh" >/dev/null
  else
    echo "check.sh: openssl missing, cannot generate the dev secrets: dev will not render" >&2
  fi
  for target in base overlays/dev overlays/prod; do
    name="${target##*/}"
    if ! $RENDER "$HERE/$target" >"$OUT/$name.yaml" 2>"$OUT/$name.err"; then
      echo "RENDER-FAILED $target" >"$OUT/$name.yaml"
      cat "$OUT/$name.err" >&2
    fi
  done
fi

status=0
python3 - "$HERE" "$REPO" "$OUT" "$RENDER" <<'PY' || status=1
import json, os, re, subprocess, sys

HERE, REPO, OUT, RENDER = sys.argv[1:5]
failures, notes = [], []

def fail(msg):
    failures.append(msg)

# ---------------------------------------------------------------------------------------------
# YAML loading: PyYAML, or ruby's YAML emitting JSON

try:
    import yaml  # type: ignore

    def load_all(text, origin):
        return [d for d in yaml.safe_load_all(text)]
    PARSER = "python3 PyYAML " + yaml.__version__
except ImportError:
    if subprocess.run(["sh", "-c", "command -v ruby"], capture_output=True).returncode != 0:
        print("check.sh: neither PyYAML nor ruby is available to parse YAML", file=sys.stderr)
        sys.exit(2)
    RUBY = "require 'yaml'; require 'json'; puts JSON.generate(YAML.load_stream(STDIN.read))"

    def load_all(text, origin):
        r = subprocess.run(["ruby", "-e", RUBY], input=text, capture_output=True, text=True)
        if r.returncode != 0:
            raise ValueError(r.stderr.strip().splitlines()[-1] if r.stderr.strip() else "ruby failed")
        return json.loads(r.stdout)
    PARSER = "ruby YAML"

def rel(path):
    return os.path.relpath(path, REPO)

# ---------------------------------------------------------------------------------------------
# 1. every YAML and dashboard JSON parses

yaml_files, json_files = [], []
for root, dirs, files in os.walk(HERE):
    dirs[:] = [d for d in dirs if d not in ("secrets", "node_modules", ".work")]
    for f in files:
        p = os.path.join(root, f)
        if f.endswith((".yaml", ".yml")):
            yaml_files.append(p)
        elif f.endswith(".json"):
            json_files.append(p)
parsed = {}
for p in sorted(yaml_files):
    try:
        parsed[p] = load_all(open(p).read(), p)
    except Exception as e:  # noqa: BLE001 - report any parser error
        fail(f"YAML does not parse: {rel(p)}: {e}")
for p in sorted(json_files):
    try:
        json.load(open(p))
    except Exception as e:  # noqa: BLE001
        fail(f"JSON does not parse: {rel(p)}: {e}")

# ---------------------------------------------------------------------------------------------
# 2. kustomization references exist

kustomizations = [p for p in parsed if os.path.basename(p) == "kustomization.yaml"]
for k in kustomizations:
    base = os.path.dirname(k)
    docs = parsed[k]
    spec = docs[0] if docs else {}
    refs = []
    for r in spec.get("resources", []) or []:
        refs.append(("resource", r))
    for r in spec.get("components", []) or []:
        refs.append(("component", r))
    for p in spec.get("patches", []) or []:
        if isinstance(p, dict) and "path" in p:
            refs.append(("patch", p["path"]))
    for p in spec.get("patchesStrategicMerge", []) or []:
        refs.append(("patch", p))
    for gen in (spec.get("configMapGenerator", []) or []) + (spec.get("secretGenerator", []) or []):
        for f in gen.get("files", []) or []:
            refs.append(("generator file", f.split("=", 1)[-1]))
        for f in gen.get("envs", []) or []:
            refs.append(("generator env file", f))
    for kind, r in refs:
        if "://" in r:
            continue
        target = os.path.normpath(os.path.join(base, r))
        if os.path.isdir(target):
            if kind in ("resource", "component") and not os.path.isfile(os.path.join(target, "kustomization.yaml")):
                fail(f"{rel(k)}: {kind} {r} is a folder without kustomization.yaml")
        elif not os.path.isfile(target):
            if "/secrets/" in target + "/" and "overlays/dev" in target:
                notes.append(f"{rel(k)}: {r} is made by gen-dev-secrets.sh (not present yet)")
            else:
                fail(f"{rel(k)}: {kind} {r} does not exist")

# ---------------------------------------------------------------------------------------------
# 3. the documents to check: renderings, or the base's own source files

def source_documents():
    docs = []
    for p, ds in parsed.items():
        if "/base/" not in p or os.path.basename(p) == "kustomization.yaml":
            continue
        for d in ds:
            if isinstance(d, dict) and "apiVersion" in d and "kind" in d:
                docs.append(d)
    # what the base's configMapGenerators would make (without kustomize's name hash)
    for k in kustomizations:
        if "/base/" not in k + "/" or "/overlays/" in k:
            continue
        spec = parsed[k][0] if parsed[k] else {}
        for gen in spec.get("configMapGenerator", []) or []:
            data = {}
            for lit in gen.get("literals", []) or []:
                key, _, value = lit.partition("=")
                data[key] = value
            for f in gen.get("files", []) or []:
                key, _, path = f.rpartition("=")
                full = os.path.join(os.path.dirname(k), path)
                data[key or os.path.basename(path)] = open(full).read()
            labels = ((gen.get("options") or {}).get("labels")) or {}
            docs.append({"apiVersion": "v1", "kind": "ConfigMap",
                         "metadata": {"name": gen["name"], "namespace": spec.get("namespace"), "labels": labels},
                         "data": data})
    return docs

renderings = {}
if RENDER:
    for name in ("base", "dev", "prod"):
        text = open(os.path.join(OUT, name + ".yaml")).read()
        if text.startswith("RENDER-FAILED"):
            fail(f"{name}: `{RENDER}` failed (error above)")
            continue
        try:
            renderings[name] = [d for d in load_all(text, name) if d]
        except Exception as e:  # noqa: BLE001
            fail(f"{name}: rendered output does not parse: {e}")
else:
    notes.append("no kustomize/kubectl: overlays not rendered, checks run on base source files only")
    renderings["base-sources"] = source_documents()

# ---------------------------------------------------------------------------------------------
# 4. contract checks

SERVICES = ["identity", "tarot", "chat", "wallet", "audit"]
# DESIGN §4, the gateway's prefix table: (match type, path) -> service
ROUTE_TABLE = {
    ("PathPrefix", "/api/v1/auth"): "identity",
    ("PathPrefix", "/api/v1/users"): "identity",
    ("PathPrefix", "/api/v1/profiles"): "identity",
    ("PathPrefix", "/api/v1/readers"): "identity",
    ("PathPrefix", "/api/v1/config"): "identity",
    ("Exact", "/.well-known/jwks.json"): "identity",
    ("PathPrefix", "/api/v1/cards"): "tarot",
    ("PathPrefix", "/api/v1/spreads"): "tarot",
    ("PathPrefix", "/api/v1/readings"): "tarot",
    ("PathPrefix", "/api/v1/rooms"): "chat",
    ("PathPrefix", "/api/v1/calls"): "chat",
    ("PathPrefix", "/ws/chat"): "chat",
    ("PathPrefix", "/api/v1/wallet"): "wallet",
    ("PathPrefix", "/api/v1/transactions"): "wallet",
    ("PathPrefix", "/api/v1/payment-methods"): "wallet",
    ("PathPrefix", "/api/v1/payments"): "wallet",
    ("PathPrefix", "/api/v1/audit-logs"): "audit",
    ("PathPrefix", "/api/v1/security-events"): "audit",
    ("PathPrefix", "/api/v1/analytics"): "audit",
}
# secret settings each service reads from Secret <svc>-env (see <svc>-service application.properties)
ENV_SECRETS = {
    "identity": ["SAMIA_SMTP_USERNAME", "SAMIA_SMTP_PASSWORD"],
    "tarot": ["SAMIA_LLM_API_KEY"],
    "chat": ["SAMIA_CHAT_ENCRYPTION_KEYS", "SAMIA_TURN_SECRET"],
    "wallet": ["STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "SANDBOX_WEBHOOK_SECRET"],
}
CONFIG_KEYS = ["SAMIA_DB_HOST", "SAMIA_DB_PORT", "SAMIA_DB_NAME", "KAFKA_BOOTSTRAP_SERVERS", "SAMIA_JWKS_URL",
               "SAMIA_JWT_ISSUER", "SAMIA_TRUSTED_PROXIES", "SAMIA_CORS_ORIGINS"]
ALERTS = {
    "SamiaServiceDown": "up{",
    "SamiaReadinessFailing": "kube_pod_status_ready",
    "SamiaOutboxStale": "outbox_oldest_age_seconds",
    "SamiaOutboxPendingGrowing": "outbox_pending",
    "SamiaConsumerLagHigh": "kafka_consumergroup_lag",
    "SamiaDeadLetterRecords": "dlq",
    "SamiaHttp5xxRatioHigh": "samia:http_5xx:rate5m",
    "SamiaHttpLatencyP99High": "histogram_quantile(0.99",
    "SamiaHighSeveritySecurityEvent": "security_events_created_total",
}
DASHBOARD_METRICS = ["http_server_requests_seconds_count", "http_server_requests_seconds_bucket", "outbox_pending",
                     "outbox_oldest_age_seconds", "kafka_consumergroup_lag", ".dlq", "jvm_memory_used_bytes"]
EVENT_TOPICS = ["identity.events", "tarot.events", "chat.events", "wallet.events"]
DLQ_TOPICS = ["audit.dlq", "identity.dlq", "tarot.dlq", "chat.dlq", "wallet.dlq"]
# expected per rendering: events (partitions, replicas, min ISR), dlq (replicas, min ISR), postgres instances
EXPECT = {
    "base": {"events": (6, 3, 2), "dlq": (3, 2), "pg": 3},
    "base-sources": {"events": (6, 3, 2), "dlq": (3, 2), "pg": 3},
    "prod": {"events": (6, 3, 2), "dlq": (3, 2), "pg": 3},
    "dev": {"events": (3, 1, 1), "dlq": (1, 1), "pg": 1},
}


def index(docs):
    by = {}
    for d in docs:
        by.setdefault(d["kind"], {})[(d["metadata"].get("namespace"), d["metadata"]["name"])] = d
    return by


def one(by, kind, name, ns=None):
    for (n_ns, n), d in by.get(kind, {}).items():
        if n == name and (ns is None or n_ns in (ns, None)):
            return d
    return None


def selector_matches(selector, labels):
    for k, v in (selector.get("matchLabels") or {}).items():
        if labels.get(k) != v:
            return False
    for e in selector.get("matchExpressions") or []:
        val = labels.get(e["key"])
        if e["operator"] == "In" and val not in e["values"]:
            return False
        if e["operator"] == "NotIn" and val in e["values"]:
            return False
        if e["operator"] == "Exists" and e["key"] not in labels:
            return False
    return True


def check_container(where, c, need_probes):
    sc = c.get("securityContext") or {}
    if sc.get("readOnlyRootFilesystem") is not True:
        fail(f"{where}: container {c['name']} lacks readOnlyRootFilesystem: true")
    if sc.get("allowPrivilegeEscalation") is not False:
        fail(f"{where}: container {c['name']} lacks allowPrivilegeEscalation: false")
    if (sc.get("capabilities") or {}).get("drop") != ["ALL"]:
        fail(f"{where}: container {c['name']} does not drop ALL capabilities")
    res = c.get("resources") or {}
    for part in ("requests", "limits"):
        if "memory" not in (res.get(part) or {}):
            fail(f"{where}: container {c['name']} has no memory {part}")
    if "cpu" not in (res.get("requests") or {}):
        fail(f"{where}: container {c['name']} has no cpu request")
    if need_probes:
        for probe, path in (("startupProbe", "/q/health/started"), ("livenessProbe", "/q/health/live"),
                            ("readinessProbe", "/q/health/ready")):
            got = ((c.get(probe) or {}).get("httpGet") or {}).get("path")
            if got != path:
                fail(f"{where}: {probe} path is {got!r}, expected {path}")


def check_pod_security(where, pod):
    psc = pod.get("securityContext") or {}
    if psc.get("runAsNonRoot") is not True:
        fail(f"{where}: pod securityContext lacks runAsNonRoot: true")
    if (psc.get("seccompProfile") or {}).get("type") != "RuntimeDefault":
        fail(f"{where}: pod seccompProfile is not RuntimeDefault")
    tmp_volumes = {v["name"] for v in pod.get("volumes") or [] if "emptyDir" in v}
    for c in pod.get("containers") or []:
        mounts = {m["mountPath"]: m["name"] for m in c.get("volumeMounts") or []}
        if mounts.get("/tmp") not in tmp_volumes:
            fail(f"{where}: container {c['name']} has no emptyDir mounted at /tmp")


def env_map(c):
    return {e["name"]: e for e in c.get("env") or []}


def check_routes(name, by):
    found = {}
    for (ns, rname), r in by.get("HTTPRoute", {}).items():
        for rule in r["spec"].get("rules") or []:
            backends = [b["name"] for b in rule.get("backendRefs") or []]
            for m in rule.get("matches") or []:
                path = m.get("path") or {}
                key = (path.get("type", "PathPrefix"), path.get("value", "/"))
                if key in found:
                    fail(f"{name}: route {key} defined twice")
                found[key] = backends
            if not rule.get("matches") and backends:
                fail(f"{name}: HTTPRoute {rname} has a catch-all rule to {backends}")
        for p in r["spec"].get("parentRefs") or []:
            if p.get("kind", "Gateway") != "Gateway" or one(by, "Gateway", p["name"], p.get("namespace", ns)) is None:
                fail(f"{name}: HTTPRoute {rname} attaches to a Gateway that is not defined: {p}")
    expected = {k: [f"{v}-service"] for k, v in ROUTE_TABLE.items()}
    for k in sorted(set(expected) | set(found)):
        if k not in found:
            fail(f"{name}: DESIGN §4 route {k[0]} {k[1]} -> {expected[k][0]} is missing")
        elif k not in expected:
            fail(f"{name}: route {k[0]} {k[1]} -> {found[k]} is not in DESIGN §4")
        elif found[k] != expected[k]:
            fail(f"{name}: route {k[1]} goes to {found[k]}, DESIGN §4 says {expected[k]}")
    return len(found)


def check_rendering(name, docs):
    by = index(docs)
    exp = EXPECT[name]
    n_routes = check_routes(name, by)

    # configuration every service reads
    cm = [d for (ns, n), d in by.get("ConfigMap", {}).items() if n.startswith("samia-config")]
    if len(cm) != 1:
        fail(f"{name}: expected one samia-config ConfigMap, found {len(cm)}")
        cm_name, cm_data = None, {}
    else:
        cm_name, cm_data = cm[0]["metadata"]["name"], cm[0].get("data") or {}
    for key in CONFIG_KEYS:
        if key not in cm_data:
            fail(f"{name}: samia-config has no {key}")
    secrets = {n for (ns, n) in by.get("Secret", {})}

    if one(by, "NetworkPolicy", "default-deny", "samia") is None:
        fail(f"{name}: no default-deny NetworkPolicy in namespace samia")
    else:
        dd = one(by, "NetworkPolicy", "default-deny", "samia")["spec"]
        if dd.get("podSelector") != {} or sorted(dd.get("policyTypes", [])) != ["Egress", "Ingress"] \
                or dd.get("ingress") or dd.get("egress"):
            fail(f"{name}: default-deny must select all pods and deny both directions")

    referenced_secrets = set()
    for svc in SERVICES:
        app = f"{svc}-service"
        w = f"{name}/{app}"
        dep = one(by, "Deployment", app, "samia")
        if dep is None:
            fail(f"{w}: Deployment missing")
            continue
        pod = dep["spec"]["template"]["spec"]
        labels = dep["spec"]["template"]["metadata"]["labels"]
        if not selector_matches(dep["spec"]["selector"], labels):
            fail(f"{w}: Deployment selector does not match its pod labels")
        check_pod_security(w, pod)
        if not pod.get("topologySpreadConstraints"):
            fail(f"{w}: no topologySpreadConstraints")
        containers = pod.get("containers") or []
        if len(containers) != 1:
            fail(f"{w}: expected one container, found {len(containers)}")
            continue
        c = containers[0]
        check_container(w, c, need_probes=True)
        for ic in pod.get("initContainers") or []:
            check_container(w, ic, need_probes=False)
        if not any(ic["name"] == "wait-for-platform-migration" for ic in pod.get("initContainers") or []):
            fail(f"{w}: no wait-for-platform-migration initContainer (ordering after the platform Job)")
        image = c.get("image", "")
        if not re.fullmatch(rf"(.+/)?samia/{app}(:[^:/@]+|@sha256:[0-9a-f]+)", image):
            fail(f"{w}: image {image!r} is not samia/{app}:<tag>")
        if name in ("dev", "prod") and image.endswith(":latest"):
            fail(f"{w}: overlay leaves the image at :latest")
        if cm_name and not any((e.get("configMapRef") or {}).get("name") == cm_name for e in c.get("envFrom") or []):
            fail(f"{w}: does not read ConfigMap {cm_name} (envFrom)")
        configmaps = {n for (ns, n) in by.get("ConfigMap", {})}
        for e in c.get("envFrom") or []:
            if "configMapRef" in e and e["configMapRef"]["name"] not in configmaps:
                fail(f"{w}: envFrom ConfigMap {e['configMapRef']['name']} is not defined")
            if "secretRef" in e:
                referenced_secrets.add(e["secretRef"]["name"])
                if e["secretRef"].get("optional"):
                    fail(f"{w}: Secret {e['secretRef']['name']} is optional: a missing one would fall back to dev defaults")
        if svc in ENV_SECRETS and not any((e.get("secretRef") or {}).get("name") == f"{svc}-env" for e in c.get("envFrom") or []):
            fail(f"{w}: secret settings ({', '.join(ENV_SECRETS[svc])}) not read from Secret {svc}-env")
        if svc in ENV_SECRETS and name == "dev":
            sec = one(by, "Secret", f"{svc}-env", "samia")
            missing_keys = [k for k in ENV_SECRETS[svc] if sec is None or k not in (sec.get("data") or {})]
            if missing_keys:
                fail(f"dev/{app}: Secret {svc}-env lacks {missing_keys}")
        env = env_map(c)
        if (env.get("SAMIA_HTTP_PORT") or {}).get("value") != "8080":
            fail(f"{w}: SAMIA_HTTP_PORT is not 8080")
        for kind in ("APP", "OWNER"):
            var = f"{svc.upper()}_DB_{kind}_PASSWORD"
            ref = ((env.get(var) or {}).get("valueFrom") or {}).get("secretKeyRef") or {}
            if ref.get("name") != f"{svc}-db" or ref.get("key") != f"{kind.lower()}-password":
                fail(f"{w}: {var} does not come from Secret {svc}-db key {kind.lower()}-password")
        for cc in containers + (pod.get("initContainers") or []):
            for e in cc.get("env") or []:
                ref = (e.get("valueFrom") or {}).get("secretKeyRef")
                if ref:
                    referenced_secrets.add(ref["name"])
                    if ref["name"].endswith("-db") and ref["name"] != f"{svc}-db":
                        fail(f"{w}: reads another service's database Secret {ref['name']}")
                    if ref["name"] in ("platform-db-admin", "samia-pg-superuser"):
                        fail(f"{w}: a service must never hold the superuser credentials")
                cref = (e.get("valueFrom") or {}).get("configMapKeyRef")
                if cref and (cref["name"] != cm_name or cref["key"] not in cm_data):
                    fail(f"{w}: configMapKeyRef {cref} does not resolve")
        if svc == "identity":
            vols = {v["name"]: v for v in pod.get("volumes") or []}
            mounts = {m["name"]: m for m in c.get("volumeMounts") or []}
            jwt_dirs = [m["mountPath"] for n, m in mounts.items()
                        if (vols.get(n) or {}).get("secret", {}).get("secretName") == "identity-jwt"]
            referenced_secrets.add("identity-jwt")
            if not jwt_dirs:
                fail(f"{w}: Secret identity-jwt is not mounted as files")
            for var in ("SAMIA_JWT_PRIVATE_KEY_LOCATION", "SAMIA_JWT_PUBLIC_KEY_LOCATION"):
                val = (env.get(var) or {}).get("value", "")
                if not any(val.startswith(d.rstrip("/") + "/") for d in jwt_dirs):
                    fail(f"{w}: {var}={val!r} does not point into the mounted identity-jwt Secret")
            for var in ("SAMIA_BOOTSTRAP_ADMIN_EMAIL", "SAMIA_BOOTSTRAP_ADMIN_PASSWORD"):
                if var not in env:
                    fail(f"{w}: {var} not set")

        svc_obj = one(by, "Service", app, "samia")
        if svc_obj is None or not selector_matches({"matchLabels": svc_obj["spec"]["selector"]}, labels):
            fail(f"{w}: Service missing or not selecting the pods")
        elif not any(p.get("targetPort") in ("http", 8080) for p in svc_obj["spec"]["ports"]):
            fail(f"{w}: Service does not target the http port")

        hpa = one(by, "HorizontalPodAutoscaler", app, "samia")
        if hpa is None or hpa["spec"]["scaleTargetRef"].get("name") != app:
            fail(f"{w}: HorizontalPodAutoscaler missing or not targeting the Deployment")
        elif not any((m.get("resource") or {}).get("name") == "cpu" for m in hpa["spec"].get("metrics") or []):
            fail(f"{w}: HPA does not scale on CPU")
        elif "replicas" in dep["spec"]:
            fail(f"{w}: Deployment sets replicas although an HPA owns the count")

        pdb = one(by, "PodDisruptionBudget", app, "samia")
        if pdb is None or not selector_matches(pdb["spec"]["selector"], labels):
            fail(f"{w}: PodDisruptionBudget missing or not selecting the pods")

        np = one(by, "NetworkPolicy", app, "samia")
        if np is None or not selector_matches(np["spec"]["podSelector"], labels):
            fail(f"{w}: NetworkPolicy missing or not selecting the pods")
        else:
            egress_ports = {p.get("port") for r in np["spec"].get("egress") or [] for p in r.get("ports") or []}
            for port, what in ((53, "DNS"), (5432, "PostgreSQL"), (9092, "Kafka")):
                if port not in egress_ports:
                    fail(f"{w}: NetworkPolicy has no egress to {what} ({port})")
            to_identity = any(
                (t.get("podSelector") or {}).get("matchLabels", {}).get("app.kubernetes.io/name") == "identity-service"
                for r in np["spec"].get("egress") or [] for t in r.get("to") or [])
            if svc != "identity" and not to_identity:
                fail(f"{w}: NetworkPolicy has no egress to identity-service (JWKS)")
            ingress_from = json.dumps(np["spec"].get("ingress") or [])
            for marker in ("samia-tarot.com/gateway", "prometheus"):
                if marker not in ingress_from:
                    fail(f"{w}: NetworkPolicy ingress does not admit {marker}")

        sm = one(by, "ServiceMonitor", app, "samia")
        if sm is None:
            fail(f"{w}: ServiceMonitor missing")
        else:
            if svc_obj and not selector_matches(sm["spec"]["selector"], svc_obj["metadata"].get("labels") or {}):
                fail(f"{w}: ServiceMonitor does not select the Service")
            if not any(e.get("path") == "/q/metrics" and e.get("port") == "http" for e in sm["spec"]["endpoints"]):
                fail(f"{w}: ServiceMonitor does not scrape /q/metrics on port http")

    # the platform-migration Job
    job = one(by, "Job", "samia-platform-migration", "samia")
    if job is None:
        fail(f"{name}: platform-migration Job missing")
    else:
        pod = job["spec"]["template"]["spec"]
        check_pod_security(f"{name}/job", pod)
        c = pod["containers"][0]
        check_container(f"{name}/job", c, need_probes=False)
        if not re.fullmatch(r"(.+/)?samia/platform-migrator(:[^:/@]+|@sha256:[0-9a-f]+)", c.get("image", "")):
            fail(f"{name}/job: image {c.get('image')!r} is not samia/platform-migrator:<tag>")
        env = env_map(c)
        if "SAMIA_DB_URL" not in env or not env["SAMIA_DB_URL"].get("value", "").startswith("jdbc:postgresql://"):
            fail(f"{name}/job: SAMIA_DB_URL is not a jdbc:postgresql URL")
        for var in ["SAMIA_DB_ADMIN_USER", "SAMIA_DB_ADMIN_PASSWORD"] + [
                f"{s.upper()}_DB_{k}_PASSWORD" for s in SERVICES for k in ("APP", "OWNER")]:
            ref = ((env.get(var) or {}).get("valueFrom") or {}).get("secretKeyRef")
            if not ref:
                fail(f"{name}/job: {var} does not come from a Secret")
            else:
                referenced_secrets.add(ref["name"])
        if job["metadata"].get("annotations", {}).get("argocd.argoproj.io/sync-wave") != "-1":
            fail(f"{name}/job: no Argo CD sync wave before the services")
    jnp = [d for d in by.get("NetworkPolicy", {}).values()
           if job and selector_matches(d["spec"]["podSelector"], job["spec"]["template"]["metadata"]["labels"])
           and d["metadata"]["name"] != "default-deny"]
    if job and not jnp:
        fail(f"{name}/job: no NetworkPolicy lets the Job reach PostgreSQL")

    # PostgreSQL via CloudNativePG
    pg = one(by, "Cluster", "samia-pg")
    if pg is None or not pg["apiVersion"].startswith("postgresql.cnpg.io/"):
        fail(f"{name}: CloudNativePG Cluster samia-pg missing")
    else:
        s = pg["spec"]
        if s.get("instances") != exp["pg"]:
            fail(f"{name}: PostgreSQL instances {s.get('instances')}, expected {exp['pg']}")
        if (s.get("bootstrap") or {}).get("initdb", {}).get("database") != "samia":
            fail(f"{name}: Cluster does not create database samia")
        if not s.get("enableSuperuserAccess") or not (s.get("superuserSecret") or {}).get("name"):
            fail(f"{name}: Cluster has no superuser secret for the platform migration")
        else:
            referenced_secrets.add(s["superuserSecret"]["name"])
        if not (s.get("monitoring") or {}).get("enablePodMonitor"):
            fail(f"{name}: Cluster monitoring not enabled")
        if name != "dev" and "barmanObjectStore" not in (s.get("backup") or {}):
            fail(f"{name}: Cluster has no backup section")
        for cred in ((s.get("backup") or {}).get("barmanObjectStore") or {}).get("s3Credentials", {}).values():
            if isinstance(cred, dict) and cred.get("name"):
                referenced_secrets.add(cred["name"])

    # Kafka via Strimzi, KRaft with node pools
    kafka = one(by, "Kafka", "samia-kafka")
    if kafka is None:
        fail(f"{name}: Strimzi Kafka samia-kafka missing")
    else:
        if "zookeeper" in kafka["spec"]:
            fail(f"{name}: Kafka still configures ZooKeeper")
        roles = set()
        for d in by.get("KafkaNodePool", {}).values():
            if d["metadata"].get("labels", {}).get("strimzi.io/cluster") == "samia-kafka":
                roles.update(d["spec"].get("roles") or [])
        if not {"controller", "broker"} <= roles:
            fail(f"{name}: KafkaNodePools do not provide both controller and broker roles (KRaft)")
    topics = {}
    for d in by.get("KafkaTopic", {}).values():
        topics[d["spec"].get("topicName", d["metadata"]["name"])] = d
    if set(topics) != set(EVENT_TOPICS + DLQ_TOPICS):
        fail(f"{name}: topics {sorted(topics)} differ from {sorted(EVENT_TOPICS + DLQ_TOPICS)}")
    for t, d in topics.items():
        s = d["spec"]
        got_isr = int((s.get("config") or {}).get("min.insync.replicas", 1))
        if t in EVENT_TOPICS:
            want = exp["events"]
            got = (s.get("partitions"), s.get("replicas"), got_isr)
        else:
            want = exp["dlq"]
            got = (s.get("replicas"), got_isr)
        if got != want:
            fail(f"{name}: topic {t} has {got}, expected {want}")

    # alerts
    rules = {}
    for d in by.get("PrometheusRule", {}).values():
        for g in d["spec"]["groups"]:
            for r in g["rules"]:
                if "alert" in r:
                    rules[r["alert"]] = r["expr"]
    for alert, needle in ALERTS.items():
        if alert not in rules:
            fail(f"{name}: alert {alert} missing")
        elif needle not in rules[alert]:
            fail(f"{name}: alert {alert} does not use {needle}")

    # dashboard
    dash = [d for d in by.get("ConfigMap", {}).values()
            if d["metadata"].get("labels", {}).get("grafana_dashboard")]
    if not dash:
        fail(f"{name}: no ConfigMap labelled grafana_dashboard")
    for d in dash:
        for key, text in (d.get("data") or {}).items():
            try:
                board = json.loads(text)
            except ValueError as e:
                fail(f"{name}: dashboard {key} is not JSON: {e}")
                continue
            exprs = " ".join(t.get("expr", "") for p in board.get("panels", []) for t in p.get("targets", []))
            for m in DASHBOARD_METRICS:
                if m not in exprs:
                    fail(f"{name}: dashboard {key} has no panel on {m}")

    # secrets: dev generates them all; base/prod expect them from outside
    missing = sorted(s for s in referenced_secrets if s not in secrets)
    if name == "dev" and missing:
        fail(f"dev: referenced Secrets not generated: {missing}")
    elif missing:
        notes.append(f"{name}: Secrets to provide from outside: {', '.join(missing)}")
    return n_routes


summary = []
for name, docs in renderings.items():
    before = len(failures)
    n = check_rendering(name, docs)
    kinds = {}
    for d in docs:
        kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
    summary.append(f"{name}: {len(docs)} resources, {n} route matches, "
                   f"{'OK' if len(failures) == before else str(len(failures) - before) + ' failure(s)'}")

# ---------------------------------------------------------------------------------------------
# the local gateway (deploy/local/nginx.conf.template) routes the same table

nginx = os.path.join(REPO, "deploy/local/nginx.conf.template")
if os.path.isfile(nginx):
    local = {}
    text = open(nginx).read()
    # one-line blocks and multi-line ones (the cached deck): the block's proxy_pass names the service
    for m in re.finditer(r"location ~ \^/api/v1/(?:\(([^)]*)\)|([\w-]+))\(/\|\$\)\s*\{[^}]*?proxy_pass http://(\w+);", text):
        for part in (m.group(1) or m.group(2)).split("|"):
            local[("PathPrefix", "/api/v1/" + part)] = m.group(3)
    for line in text.splitlines():
        m = re.search(r"location = (/\.well-known/jwks\.json)\s*\{\s*proxy_pass http://(\w+);", line)
        if m:
            local[("Exact", m.group(1))] = m.group(2)
        m = re.search(r"location ~ \^(/ws/chat)\(/\|\$\)", line)
        if m:
            local[("PathPrefix", m.group(1))] = "chat"
    if local != ROUTE_TABLE:
        diff = set(local.items()) ^ set(ROUTE_TABLE.items())
        fail(f"deploy/local/nginx.conf.template routes differ from DESIGN §4: {sorted(diff)}")
    else:
        summary.append(f"deploy/local/nginx.conf.template: same {len(local)} routes as DESIGN §4")

print(f"parser: {PARSER}; renderer: {RENDER or 'none'}")
print(f"parsed {len(yaml_files)} YAML and {len(json_files)} JSON files, {len(kustomizations)} kustomizations")
for s in summary:
    print("  " + s)
for n in notes:
    print("note: " + n)
if failures:
    print(f"\n{len(failures)} FAILURE(S):")
    for f in failures:
        print("  - " + f)
    sys.exit(1)
print("contract checks passed")
PY

# 5. schema validation of the renderings
schema_check() {
  local dir="$HERE/schema-check" files=() name
  for name in base dev prod; do
    [[ -f $OUT/$name.yaml ]] && ! grep -q '^RENDER-FAILED' "$OUT/$name.yaml" && files+=("$OUT/$name.yaml")
  done
  ((${#files[@]})) || return 0
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "note: schema validation skipped: node/npm not found"
    return 0
  fi
  if [[ ! -f $dir/node_modules/.package-lock.json || $dir/package-lock.json -nt $dir/node_modules/.package-lock.json ]]; then
    if ! (cd "$dir" && npm ci --no-audit --no-fund --silent >/dev/null 2>&1); then
      echo "note: schema validation skipped: 'npm ci' in $dir failed (no registry?)"
      return 0
    fi
  fi
  node "$dir/validate.mjs" "${files[@]}"
}
if [[ -n $RENDER && $SCHEMAS == yes ]]; then
  schema_check || status=1
fi
if ((status == 0)); then
  echo "deploy/k8s: all checks passed"
else
  echo "deploy/k8s: CHECKS FAILED"
fi
exit "$status"
