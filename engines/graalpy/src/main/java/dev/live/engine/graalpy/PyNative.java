package dev.live.engine.graalpy;

import dev.live.core.bridge.NativeValue;

/**
 * A bridge value wrapping a Python 3 value: it belongs to its run's context and dies with the run,
 * so {@code live.state} keeps a copy of it rather than the value itself.
 */
interface PyNative extends NativeValue {

  @Override
  default boolean outlivesRun() {
    return false;
  }
}
