package dev.live.engine.js;

import dev.live.core.bridge.NativeValue;
import org.graalvm.polyglot.Value;

/**
 * A bridge value wrapping a JavaScript value: it belongs to its module's context and dies with the
 * run, so {@code live.state} keeps a copy of it rather than the value itself.
 */
interface JsNative extends NativeValue {

  JsBridge bridge();

  Value value();

  @Override
  default Object owner() {
    return bridge().context();
  }

  @Override
  default boolean outlivesRun() {
    return false;
  }

  @Override
  default Object unwrap() {
    return value();
  }
}
