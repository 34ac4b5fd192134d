package dev.live.engine.js;

import dev.live.core.bridge.NativeValue;

/**
 * A bridge value wrapping a JavaScript value: it belongs to its module's context and dies with the
 * run, so {@code live.state} keeps a copy of it rather than the value itself.
 */
interface JsNative extends NativeValue {

  @Override
  default boolean outlivesRun() {
    return false;
  }
}
