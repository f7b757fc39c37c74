/**
 * What the zero-cost-guided searches (RS_zc, GS_zc) add to a profile's search study: per space, the study with and
 * without the guide, the CPU seconds of each, and the comparisons of the guided searches (RS_zc vs RS_bs at RS_zc's
 * one-shot budget, RS_ws vs RS_zc at RS_ws's: regret differences x100, Student's p, Cohen's d, probability of
 * superiority, power). Same ground truth, settings and seed as the profile's search units.
 *
 *   npx tsx perf/zero-cost-search.ts [PROFILE] [SEED] > zero-cost-search.json
 */
import { loadAuthorsEvaluations } from '../src/authors/evaluations.js';
import { profileNamed } from '../src/experiments/profiles.js';
import { readEnvironment } from '../src/jobs/environment.js';
import { defaultGroundTruth } from '../src/jobs/resources.js';
import { authorsScorers } from '../src/search/authors-scorer.js';
import { searchTableFor } from '../src/search/search-table.js';
import { runSearchStudy, type SearchStudyOptions } from '../src/search/study.js';
import { loadZeroCostGuide } from '../src/search/zero-cost-guide.js';

const profile = profileNamed(process.argv[2] ?? 'smoke');
const seed = Number(process.argv[3] ?? 0);
const plan = profile.search;
const guide = loadZeroCostGuide();
const base: SearchStudyOptions = {
  ...searchTableFor(defaultGroundTruth(readEnvironment())),
  baselineRuns: plan.baselineRuns,
  wsRuns: plan.wsRuns,
  evaluations: plan.evaluations,
  seed,
  wsScorer: authorsScorers(loadAuthorsEvaluations()),
};

const cpuSeconds = (f: () => unknown): number => {
  const start = process.cpuUsage();
  f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
};

// The first study builds the universe and the neighbour graph: run it once before timing.
runSearchStudy({ ...base, spaces: [plan.spaces[0]], baselineRuns: 2, wsRuns: 2, evaluations: 2 });
const spaces = plan.spaces.map((space) => {
  let study = runSearchStudy({ ...base, spaces: [space] });
  const without = cpuSeconds(() => (study = runSearchStudy({ ...base, spaces: [space] })));
  const withGuide = cpuSeconds(() => (study = runSearchStudy({ ...base, spaces: [space], zeroCostGuide: guide })));
  const s = study.perSpace[0];
  const comparisons = s.oneShot
    .filter((c) => c.comparison.includes('_zc'))
    .map((c) => ({
      comparison: c.comparison,
      budgetSeconds: Math.round(c.budgetSeconds),
      difference: +c.difference.toFixed(3),
      p: +c.p.toPrecision(3),
      d: +c.d.toFixed(3),
      probabilityOfSuperiority: +c.probabilityOfSuperiority.toFixed(3),
      power: +c.power.toFixed(3),
      runs: `${c.nA}/${c.nB}`,
    }));
  const budgets = s.oneShotBudgets.map((b) => ({ algorithm: b.algorithm, seconds: Math.round(b.seconds), meanRegret: +(100 * b.meanRegret).toFixed(3), distinctCells: b.distinctCells }));
  process.stderr.write(`${space}: ${without.toFixed(1)} s CPU without the guide, ${withGuide.toFixed(1)} s with\n`);
  return { space, cpuSecondsWithout: +without.toFixed(2), cpuSecondsWith: +withGuide.toFixed(2), budgets, comparisons };
});
const total = (k: 'cpuSecondsWithout' | 'cpuSecondsWith') => +spaces.reduce((t, s) => t + s[k], 0).toFixed(2);
process.stdout.write(
  `${JSON.stringify({ profile: profile.name, seed, guide: guide.choice, universe: base.groundTruth.source, cpuSecondsWithout: total('cpuSecondsWithout'), cpuSecondsWith: total('cpuSecondsWith'), spaces }, null, 1)}\n`,
);
