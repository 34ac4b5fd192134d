package dev.live.engine.js;

import dev.live.engine.truffle.GuestFunction;
import java.util.List;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/** A JavaScript function or class handed to other languages. */
final class JsFunction extends GuestFunction<JsBridge> {

  private Boolean isClass;

  JsFunction(JsBridge bridge, Value function) {
    super(bridge, function);
  }

  @Override
  public Object call(List<Object> arguments) {
    bridge.calling();
    return isClass() ? construct(arguments) : super.call(arguments);
  }

  @Override
  public Object construct(List<Object> arguments) {
    bridge.calling();
    try {
      return bridge.toBridge(value.newInstance(bridge.toGuestArguments(arguments)));
    } catch (PolyglotException e) {
      throw bridge.error(e);
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
