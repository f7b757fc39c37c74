/**
 * Worker process of the runner: receives one unit, computes it with the executor of its kind and stores the result
 * (atomically, so a crash or Ctrl-C loses only this unit). Reports an error back instead of a stack dump.
 */
import { EXECUTORS } from './executors.js';
import { RESULT_SHAPES } from './result-shapes.js';
import { ArtifactStore } from './store.js';
import type { UnitResources } from './resources.js';
import type { Unit } from './unit.js';

process.once('message', async (message: { storeRoot: string; unit: Unit; resources: UnitResources }) => {
  const { storeRoot, unit, resources } = message;
  try {
    const execute = EXECUTORS[unit.description.kind];
    if (!execute) throw new Error(`no executor for unit kind ${JSON.stringify(unit.description.kind)}`);
    const store = new ArtifactStore(storeRoot, RESULT_SHAPES);
    // Progress goes to the runner, which draws it (bars on a terminal, lines elsewhere).
    await store.getOrCompute(unit.description, () =>
      execute(
        unit.description,
        resources,
        (label, info) => process.send?.({ progress: { label, info } }),
        (name) => store.scratchPath(unit.description, name),
      ),
    );
    process.send?.({ done: true });
    process.exit(0);
  } catch (error) {
    process.send?.({ error: `${unit.label}: ${(error as Error).stack ?? String(error)}` });
    process.exit(1);
  }
});
