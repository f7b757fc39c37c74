/**
 * Slice and SplitV for the wasm backend. The shipped Slice copies a non-contiguous slice one innermost run at a
 * time with `TypedArray.set(subarray)`; a channel slice of NHWC activations (the concat gradient, SplitV, and
 * the network's channel truncation) then makes one tiny copy per pixel. An element loop for short runs is ~3x
 * faster there; contiguous slices and long runs stay with the shipped kernel's memcpy.
 */
import {
  slice_util,
  Slice,
  SplitV,
  backend_util,
  util,
  type KernelConfig,
  type KernelFunc,
  type SliceAttrs,
  type SplitVAttrs,
  type TensorInfo,
} from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';

/** Innermost runs at least this long are copied with TypedArray.set (memcpy), shorter ones element by element. */
const SHORT_RUN = 64;

function sliceWith(shipped: KernelConfig, backend: BackendWasm, x: TensorInfo, begin: number[], size: number[]): TensorInfo {
  const [start, extent] = slice_util.parseSliceParams(x, begin, size);
  const rank = x.shape.length;
  const run = extent[rank - 1] ?? 0;
  if (
    x.dtype === 'string' ||
    rank === 0 ||
    run >= SHORT_RUN ||
    slice_util.isSliceContinous(x.shape, start, extent) ||
    util.sizeFromShape(extent) === 0
  ) {
    return shipped.kernelFunc({ inputs: { x }, backend, attrs: { begin, size } as never }) as TensorInfo;
  }
  const result = backend.makeOutput(extent, x.dtype);
  // Views after the allocation: growing the heap would detach earlier ones.
  const out = backend.typedArrayFromHeap(result);
  const src = backend.typedArrayFromHeap(x);
  const strides = util.computeStrides(x.shape);
  const rows = util.sizeFromShape(extent) / run;
  const index = new Array<number>(rank - 1).fill(0); // position among the outer dimensions
  for (let row = 0, o = 0; row < rows; row++) {
    let from = start[rank - 1];
    for (let d = 0; d < rank - 1; d++) from += (start[d] + index[d]) * strides[d];
    for (let k = 0; k < run; k++) out[o++] = src[from + k];
    for (let d = rank - 2; d >= 0; d--) {
      if (++index[d] < extent[d]) break;
      index[d] = 0;
    }
  }
  return result;
}

export function sliceConfig(shipped: KernelConfig): KernelConfig {
  const kernelFunc = ({ inputs, backend, attrs }: Parameters<KernelFunc>[0]): TensorInfo => {
    const { begin, size } = attrs as unknown as SliceAttrs;
    return sliceWith(shipped, backend as BackendWasm, (inputs as { x: TensorInfo }).x, [begin].flat(), [size].flat());
  };
  return { kernelName: Slice, backendName: 'wasm', setupFunc: shipped.setupFunc, kernelFunc: kernelFunc as KernelFunc };
}

/** SplitV as consecutive slices along the axis (the shipped one calls the shipped Slice directly). */
export function splitVConfig(shippedSlice: KernelConfig): KernelConfig {
  const kernelFunc = ({ inputs, backend, attrs }: Parameters<KernelFunc>[0]): TensorInfo[] => {
    const { x } = inputs as { x: TensorInfo };
    const { numOrSizeSplits, axis } = attrs as unknown as SplitVAttrs;
    const along = util.parseAxisParam(axis, x.shape)[0];
    const sizes = backend_util.prepareSplitSize(x as never, numOrSizeSplits, along);
    const begin = new Array<number>(x.shape.length).fill(0);
    return sizes.map((s) => {
      const size = x.shape.slice();
      size[along] = s;
      const piece = sliceWith(shippedSlice, backend as BackendWasm, x, begin.slice(), size);
      begin[along] += s;
      return piece;
    });
  };
  return { kernelName: SplitV, backendName: 'wasm', kernelFunc: kernelFunc as KernelFunc };
}
