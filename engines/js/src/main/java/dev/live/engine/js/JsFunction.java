package dev.live.engine.js;

import dev.live.core.bridge.BridgeFunction;
import java.util.List;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/** A JavaScript function or class handed to other languages. */
final class JsFunction implements BridgeFunction, JsNative {

  private final JsBridge bridge;
  private final Value function;
  private Boolean isClass;

  JsFunction(JsBridge bridge, Value function) {
    this.bridge = bridge;
    this.function = function;
  }

  @Override
  public Object call(List<Object> arguments) {
    if (isClass()) {
      return construct(arguments);
    }
    try {
      return bridge.toBridge(function.execute(bridge.toJsArguments(arguments)));
    } catch (PolyglotException e) {
      throw JsErrors.translate(e, false, bridge.context());
    }
  }

  @Override
  public Object construct(List<Object> arguments) {
    try {
      return bridge.toBridge(function.newInstance(bridge.toJsArguments(arguments)));
    } catch (PolyglotException e) {
      throw JsErrors.translate(e, false, bridge.context());
    }
  }

  @Override
  public boolean isClass() {
    if (isClass == null) {
      isClass = bridge.isClass(function);
    }
    return isClass;
  }

  @Override
  public String toString() {
    return "<js function>";
  }

  @Override
  public JsBridge bridge() {
    return bridge;
  }

  @Override
  public Value value() {
    return function;
  }
}
