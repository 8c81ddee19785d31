// Schema validation of rendered manifests, offline, refusing unknown fields (as the API server's strict
// field validation does, instead of silently pruning them):
//   - core Kubernetes, Gateway API and Prometheus Operator kinds: each document becomes a typed object
//     literal checked by TypeScript against the kubernetes-models interfaces (types, required fields,
//     excess-property errors for misspelt or misplaced fields);
//   - CloudNativePG and Strimzi kinds: JSON Schema (crd-schemas/*.json, from the upstream CRDs) with
//     additionalProperties=false wherever the CRD lists properties and does not preserve unknown fields;
//   - PromQL of every PrometheusRule expression and every Grafana dashboard target parses (Prometheus'
//     own lezer grammar; Grafana's $__rate_interval / $__interval are replaced by 5m first).
// Any kind covered by neither fails. Usage: node validate.mjs rendered.yaml...
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parser as promql } from '@prometheus-io/lezer-promql';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const TYPED = {
  'v1': 'kubernetes-models/v1',
  'apps/v1': 'kubernetes-models/apps/v1',
  'batch/v1': 'kubernetes-models/batch/v1',
  'policy/v1': 'kubernetes-models/policy/v1',
  'autoscaling/v2': 'kubernetes-models/autoscaling/v2',
  'networking.k8s.io/v1': 'kubernetes-models/networking.k8s.io/v1',
  'gateway.networking.k8s.io/v1': '@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1',
  'monitoring.coreos.com/v1': '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1',
};

function strictify(schema) {
  if (!schema || typeof schema !== 'object') return schema;
  if (Array.isArray(schema)) return schema.map(strictify);
  const out = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k === 'properties') out[k] = Object.fromEntries(Object.entries(v).map(([p, s]) => [p, strictify(s)]));
    else if (k.startsWith('x-kubernetes-')) out[k] = v;
    else out[k] = strictify(v);
  }
  if (out.properties && !out['x-kubernetes-preserve-unknown-fields'] && out.additionalProperties === undefined) {
    out.additionalProperties = false;
  }
  if (out['x-kubernetes-int-or-string']) {
    delete out.type;
    out.anyOf = [{ type: 'integer' }, { type: 'string' }];
  }
  return out;
}

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const crdValidators = {};
for (const f of fs.readdirSync(path.join(HERE, 'crd-schemas')).filter((f) => f.endsWith('.json'))) {
  const { group, version, kind, schema } = JSON.parse(fs.readFileSync(path.join(HERE, 'crd-schemas', f), 'utf8'));
  const s = strictify(schema);
  s.properties = { ...s.properties, apiVersion: { type: 'string' }, kind: { type: 'string' }, metadata: { type: 'object' } };
  crdValidators[`${group}/${version} ${kind}`] = ajv.compile(s);
}

const failures = [];
let typedCount = 0;
let crdCount = 0;
let promqlCount = 0;

function checkPromql(label, expr) {
  promqlCount++;
  const text = expr.replaceAll('$__rate_interval', '5m').replaceAll('$__interval', '5m');
  let bad = null;
  promql.parse(text).iterate({
    enter: (node) => {
      if (node.type.isError && bad === null) bad = node.from;
    },
  });
  if (bad !== null) failures.push(`${label}: PromQL syntax error at ${bad}: ${text.slice(Math.max(0, bad - 30), bad + 30)}`);
}

function checkPromqlIn(label, doc) {
  if (doc.kind === 'PrometheusRule') {
    for (const g of doc.spec?.groups ?? []) {
      for (const r of g.rules ?? []) checkPromql(`${label} ${r.alert ?? r.record}`, String(r.expr));
    }
  }
  if (doc.kind === 'ConfigMap' && doc.metadata?.labels?.grafana_dashboard) {
    for (const [key, text] of Object.entries(doc.data ?? {})) {
      let board;
      try {
        board = JSON.parse(text);
      } catch (e) {
        failures.push(`${label} ${key}: not JSON: ${e.message}`);
        continue;
      }
      const panels = (board.panels ?? []).flatMap((p) => [p, ...(p.panels ?? [])]);
      for (const p of panels) {
        for (const t of p.targets ?? []) if (t.expr) checkPromql(`${label} ${key} "${p.title}" ${t.refId}`, t.expr);
      }
    }
  }
}
const ts = [];
for (const file of process.argv.slice(2)) {
  const docs = parseAllDocuments(fs.readFileSync(file, 'utf8')).map((d) => d.toJSON()).filter(Boolean);
  for (const doc of docs) {
    const label = `${path.basename(file)} ${doc.kind}/${doc.metadata?.namespace ?? '-'}/${doc.metadata?.name}`;
    const key = `${doc.apiVersion} ${doc.kind}`;
    checkPromqlIn(label, doc);
    if (crdValidators[key]) {
      crdCount++;
      if (!crdValidators[key](doc)) {
        for (const e of crdValidators[key].errors) {
          failures.push(`${label}: ${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
        }
      }
    } else if (TYPED[doc.apiVersion]) {
      typedCount++;
      ts.push(`// @@ ${label}`);
      ts.push(`export const d${typedCount}: import('${TYPED[doc.apiVersion]}/${doc.kind}').I${doc.kind} = ` +
        `${JSON.stringify(doc, null, 1)};`);
    } else {
      failures.push(`${label}: no schema for ${key}`);
    }
  }
}

const work = path.join(HERE, '.work');
fs.mkdirSync(work, { recursive: true });
fs.writeFileSync(path.join(work, 'check.ts'), ts.join('\n') + '\n');
fs.writeFileSync(path.join(work, 'tsconfig.json'), JSON.stringify({
  compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', skipLibCheck: true },
  files: ['check.ts'],
}));
const lines = ts.join('\n').split('\n');
try {
  execFileSync(process.execPath, [path.join(HERE, 'node_modules/typescript/bin/tsc'), '-p', work], { encoding: 'utf8' });
} catch (e) {
  const out = `${e.stdout ?? ''}${e.stderr ?? ''}`;
  for (const line of out.split('\n')) {
    const m = line.match(/check\.ts\((\d+),\d+\): error (TS\d+): (.*)/);
    if (!m) continue;
    let i = Number(m[1]) - 1;
    while (i > 0 && !lines[i].startsWith('// @@ ')) i--;
    failures.push(`${lines[i].slice(6)}: ${m[3]}`);
  }
  if (!failures.length) failures.push(`tsc failed: ${out.slice(0, 2000)}`);
}

console.log(`schema-check: ${typedCount} documents type-checked (kubernetes-models), ${crdCount} against CRD schemas, ` +
  `${promqlCount} PromQL expressions parsed`);
if (failures.length) {
  for (const f of failures) console.log(`  - ${f}`);
  process.exit(1);
}
