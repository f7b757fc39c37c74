/**
 * A faster Conv2DBackpropInput for the wasm backend. The shipped kernel is a plain loop, about 10x slower than the
 * forward Conv2D (measured here: 479 ms vs 42 ms for dy [128,32,32,16], 3x3 filter). For stride 1 the input
 * gradient is the convolution of dy with the filter rotated by 180 degrees and its channel axes swapped, with
 * padding K-1-pad on each side; the backend's fast Conv2D computes it. Other strides (unused by the network) and
 * paddings larger than K-1 go to the shipped kernel.
 */
import {
  backend_util,
  Conv2DBackpropInput,
  type Conv2DBackpropInputAttrs,
  type KernelBackend,
  type KernelConfig,
  type KernelFunc,
  type TensorInfo,
} from '@tensorflow/tfjs';
import { callKernel, disposeAll } from './call.js';

/** `shipped` is the backend's own kernel, kept for the cases this one hands back. */
export function conv2DBackpropInputConfig(backendName: string, shipped: KernelConfig): KernelConfig {
  const kernelFunc = (args: Parameters<KernelFunc>[0]): TensorInfo | TensorInfo[] => {
    const { inputs, backend, attrs } = args;
    const { dy, filter } = inputs as { dy: TensorInfo; filter: TensorInfo };
    const { strides, pad, dataFormat, dimRoundingMode, inputShape } = attrs as unknown as Conv2DBackpropInputAttrs;
    const info = backend_util.computeConv2DInfo(
      inputShape,
      filter.shape as [number, number, number, number],
      strides,
      1,
      pad,
      dimRoundingMode,
    );
    const { filterHeight, filterWidth, strideHeight, strideWidth, padInfo } = info;
    const pads = [
      filterHeight - 1 - padInfo.top,
      filterHeight - 1 - padInfo.bottom,
      filterWidth - 1 - padInfo.left,
      filterWidth - 1 - padInfo.right,
    ];
    if (dataFormat !== 'NHWC' || strideHeight !== 1 || strideWidth !== 1 || pads.some((p) => p < 0)) {
      return shipped.kernelFunc(args);
    }
    const b = backend as KernelBackend;
    const run = (name: string, ins: Record<string, TensorInfo>, at: Record<string, unknown>) =>
      callKernel(b, backendName, name, ins, at as never);
    const rotated = run('Reverse', { x: filter }, { dims: [0, 1] });
    const swapped = run('Transpose', { x: rotated }, { perm: [0, 1, 3, 2] }); // [K, K, CO, CI]
    const out = run(
      'Conv2D',
      { x: dy, filter: swapped },
      { strides: [1, 1], dilations: [1, 1], pad: [[0, 0], [pads[0], pads[1]], [pads[2], pads[3]], [0, 0]], dataFormat: 'NHWC' },
    );
    disposeAll(b, [rotated, swapped]);
    return out;
  };
  return { kernelName: Conv2DBackpropInput, backendName, setupFunc: shipped.setupFunc, kernelFunc: kernelFunc as KernelFunc };
}
