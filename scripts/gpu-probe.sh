#!/usr/bin/env bash
# What a GPU machine offers ws-repro, in one run (a few minutes, no internet needed after `npm ci`): the driver's
# view, the Vulkan ICDs the loader will try, Dawn's adapters, `ws-repro backend --json` (adapter and gradient check
# against cpu) and the training benchmark at the smoke and paper sizes on webgpu.
set -uo pipefail
cd "$(dirname "$0")/.."
section() { printf '\n=== %s\n' "$1"; }
section 'nvidia-smi'
nvidia-smi || echo 'nvidia-smi: not available'
section 'Vulkan ICDs'
ls -l /usr/share/vulkan/icd.d /etc/vulkan/icd.d 2>&1
section "Dawn's adapters"
node --input-type=module -e "
  const { create } = await import('webgpu');
  for (const powerPreference of ['high-performance', 'low-power']) {
    const adapter = await create([]).requestAdapter({ powerPreference });
    const info = adapter?.info;
    console.log(powerPreference, info ? JSON.stringify({ vendor: info.vendor, architecture: info.architecture, device: info.device, description: info.description, fallback: info.isFallbackAdapter }) : 'none');
  }
  process.exit(0);
"
section 'ws-repro backend --json (webgpu)'
WS_REPRO_BACKEND=webgpu timeout 300 npx ws-repro backend --json
section 'training benchmark on webgpu (reports/perf-training.json)'
WS_REPRO_BENCH_BACKENDS=webgpu timeout 900 npm run perf -- training
