package dev.live.engine.truffle;

import dev.live.core.bridge.NativeValue;

/**
 * A bridge value wrapping a guest language's value: it belongs to its run's context and dies with
 * the run, so {@code live.state} keeps a copy of it rather than the value itself.
 */
public interface GuestValue extends NativeValue {

  @Override
  default boolean outlivesRun() {
    return false;
  }
}
