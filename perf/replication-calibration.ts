/**
 * Calibration of a replication plan (how the `cpu` profile was sized, src/experiments/sizing.ts): trains and scores
 * the super-nets of one space with a candidate plan, in this process, into a store of the caller's choosing, and
 * prints per unit the CPU seconds (process.cpuUsage: the machine may be shared, so wall time overstates the cost),
 * the wall seconds and the two Spearman correlations.
 *
 *   npx tsx perf/replication-calibration.ts STORE SPACE FIRST COUNT EPOCHS
 *
 * trains super-nets FIRST..FIRST+COUNT-1 of SPACE with the `cpu` plan at EPOCHS epochs on the embedded data (seed 0).
 */
import { cifar10Identity } from '../src/data/cifar10-identity.js';
import { loadGroundTruth } from '../src/nasbench/load-ground-truth.js';
import { groundTruthIdentity, REPLICATION_KIND, unitsOfProfile } from '../src/experiments/plan.js';
import { PROFILES } from '../src/experiments/profiles.js';
import { runReplicationUnit } from '../src/experiments/replication-unit.js';
import { RESULT_SHAPES } from '../src/experiments/result-shapes.js';
import { ArtifactStore } from '../src/experiments/store.js';
import type { ReplicationResult } from '../src/evidence/replication-result.js';
import type { UnitResources } from '../src/experiments/resources.js';
import type { SpaceName } from '../src/space/spaces.js';

const [storeRoot, space, first, count, epochs] = process.argv.slice(2);
if (!storeRoot || !space || !first || !count || !epochs) throw new Error('usage: replication-calibration.ts STORE SPACE FIRST COUNT EPOCHS');
const resources: UnitResources = { groundTruth: { kind: 'subset' }, cifar10: {}, backend: 'wasm' };
const cpu = PROFILES.cpu;
const { supernetsOf: _counts, ...replication } = cpu.replication;
const plan = { ...replication, spaces: [space as SpaceName], variants: ['baseline' as const], supernets: Number(first) + Number(count), epochs: Number(epochs) };
const units = unitsOfProfile(
  { ...cpu, replication: plan, search: { ...cpu.search, spaces: [] } },
  { seed: 0, groundTruth: groundTruthIdentity(loadGroundTruth(resources.groundTruth)), cifar10: cifar10Identity(resources.cifar10) },
).filter((u) => u.description.kind === REPLICATION_KIND && (u.description.config as { supernet: number }).supernet >= Number(first));
const store = new ArtifactStore(storeRoot, RESULT_SHAPES);
for (const unit of units) {
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  const artifact = await store.getOrCompute<ReplicationResult>(unit.description, () => runReplicationUnit(unit.description, resources, () => {}));
  const used = process.cpuUsage(cpuStart);
  const r = artifact.result;
  process.stdout.write(
    `${JSON.stringify({ unit: unit.label, epochs: plan.epochs, cpuSeconds: (used.user + used.system) / 1e6, wallSeconds: (performance.now() - wallStart) / 1000, trainingSeconds: r.trainingSeconds, spearmanNoFt: r.spearmanNoFt, spearmanBnsFt: r.spearmanBnsFt })}\n`,
  );
}
