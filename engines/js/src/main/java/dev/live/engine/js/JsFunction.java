package dev.live.engine.js;

import dev.live.core.bridge.BridgeFunction;
import dev.live.core.bridge.NativeWrapper;
import java.util.List;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/** A JavaScript function or class handed to other languages. */
final class JsFunction extends NativeWrapper<JsBridge, Value> implements BridgeFunction, JsNative {

  private Boolean isClass;

  JsFunction(JsBridge bridge, Value function) {
    super(bridge, function);
  }

  @Override
  public Object call(List<Object> arguments) {
    bridge.calling();
    if (isClass()) {
      return construct(arguments);
    }
    try {
      return bridge.toBridge(value.execute(bridge.toJsArguments(arguments)));
    } catch (PolyglotException e) {
      throw JsErrors.translate(e, false, bridge);
    }
  }

  @Override
  public Object construct(List<Object> arguments) {
    bridge.calling();
    try {
      return bridge.toBridge(value.newInstance(bridge.toJsArguments(arguments)));
    } catch (PolyglotException e) {
      throw JsErrors.translate(e, false, bridge);
    }
  }

  @Override
  public boolean isClass() {
    if (isClass == null) {
      isClass = bridge.isClass(value);
    }
    return isClass;
  }

  @Override
  public String whyNotKept() {
    return "a JavaScript function cannot be kept across runs: it ends with the run that made it."
        + " Keep the data it needs in live.state and define the function again in each run.";
  }

  @Override
  public String toString() {
    return "<js function>";
  }
}
