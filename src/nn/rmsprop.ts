/**
 * RMSProp in TensorFlow 1's form, the optimiser of NAS-Bench-101 (tf.train.RMSPropOptimizer): epsilon inside the
 * square root, momentum on the scaled step, mean-square slots initialised to one:
 *   ms = rho ms + (1 - rho) g^2;  mom = momentum mom + lr g / sqrt(ms + epsilon);  w -= mom.
 * Hand-written rather than tf.train.rmsprop because the learning rate changes every step (cosine decay), the
 * slots must start at one, and a super-net step must leave the slots of banks off the sampled path untouched.
 */
import * as tf from '@tensorflow/tfjs';

export interface RmsPropConfig {
  readonly rho: number;
  readonly momentum: number;
  readonly epsilon: number;
}

/** NAS-Bench-101 / the paper (section 4.2): decay 0.9, momentum 0.9, epsilon 1. */
export const PAPER_RMSPROP: RmsPropConfig = { rho: 0.9, momentum: 0.9, epsilon: 1 };

export class RmsProp {
  private readonly meanSquare = new Map<string, tf.Variable>();
  private readonly moment = new Map<string, tf.Variable>();

  constructor(readonly config: RmsPropConfig = PAPER_RMSPROP) {}

  /** Update each variable of `variables` that has a gradient in `gradients` (same keys). */
  apply(
    variables: ReadonlyMap<string, tf.Variable>,
    gradients: ReadonlyMap<string, tf.Tensor>,
    learningRate: number,
  ): void {
    const { rho, momentum, epsilon } = this.config;
    for (const [name, g] of gradients) {
      const v = variables.get(name);
      if (!v) throw new Error(`RmsProp.apply: gradient for unknown variable ${name}`);
      const ms = this.slot(this.meanSquare, name, v, 1);
      const mom = this.slot(this.moment, name, v, 0);
      tf.tidy(() => {
        const nextMs = tf.add(tf.mul(ms, rho), tf.mul(tf.square(g), 1 - rho));
        const scaled = tf.mul(tf.mul(g, learningRate), tf.rsqrt(tf.add(nextMs, epsilon)));
        const nextMom = tf.add(tf.mul(mom, momentum), scaled);
        ms.assign(nextMs);
        mom.assign(nextMom);
        v.assign(tf.sub(v, nextMom));
      });
    }
  }

  /** The slots by name (`rms/<variable>`, `mom/<variable>`), for checkpoints. */
  state(): Map<string, tf.Variable> {
    const out = new Map<string, tf.Variable>();
    for (const [name, v] of this.meanSquare) out.set(`rms/${name}`, v);
    for (const [name, v] of this.moment) out.set(`mom/${name}`, v);
    return out;
  }

  /** Replace all slots by the given values (as `state()` names them). */
  restore(values: ReadonlyMap<string, tf.Tensor>): void {
    this.dispose();
    for (const [key, value] of values) {
      const slash = key.indexOf('/');
      const kind = key.slice(0, slash);
      const name = key.slice(slash + 1);
      const target = kind === 'rms' ? this.meanSquare : kind === 'mom' ? this.moment : undefined;
      if (!target) throw new Error(`RmsProp.restore: unknown slot ${key}`);
      target.set(name, tf.variable(value, false));
    }
  }

  dispose(): void {
    for (const v of [...this.meanSquare.values(), ...this.moment.values()]) v.dispose();
    this.meanSquare.clear();
    this.moment.clear();
  }

  private slot(slots: Map<string, tf.Variable>, name: string, like: tf.Variable, fill: number): tf.Variable {
    let s = slots.get(name);
    if (!s) {
      const init = tf.fill(like.shape, fill);
      s = tf.variable(init, false);
      init.dispose();
      slots.set(name, s);
    }
    return s;
  }
}
