/**
 * Where the authors' published configuration differs from the paper's text. The paper decides what ws-repro runs;
 * the report lists these so a reader knows which of the two the authors' raw evaluations came from.
 * Source: apourchot/to_share_or_not_to_share, configs/nasbench_101.yaml (commit 5e78bd1e), read 2026-11-28.
 */
export interface ConfigDifference {
  readonly item: string;
  readonly paper: string;
  readonly authorsConfig: string;
  readonly wsRepro: string;
}

export const CONFIG_DIFFERENCES: readonly ConfigDifference[] = [
  {
    item: 'mini-batches used to re-estimate batch-norm statistics (bns-ft)',
    paper: '1 mini-batch of 256 images (section 4.2)',
    authorsConfig: 'EVAL.n_ft_bn_stats: 4',
    wsRepro: "1, the paper's text (configurable per profile)",
  },
  {
    item: 'architectures sampled per mini-batch in the baseline setting',
    paper: '1 (uniform single path, section 4.2)',
    authorsConfig: 'GRAPH_SAMPLER.n_monte: 1',
    wsRepro: '1',
  },
  {
    item: 'batch-norm momentum convention',
    paper: '0.003, "following PyTorch convention" (footnote 2)',
    authorsConfig: 'bn_momentum: 0.003 (PyTorch convention, comment warns of TensorFlow)',
    wsRepro: 'running = (1 - 0.003) running + 0.003 batch',
  },
  {
    item: 'training seed',
    paper: 'not stated',
    authorsConfig: 'train_seed: 12345, eval_seed: 12345',
    wsRepro: 'per unit, derived from (profile seed, unit label)',
  },
];
