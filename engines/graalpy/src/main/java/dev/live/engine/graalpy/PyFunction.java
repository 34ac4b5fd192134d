package dev.live.engine.graalpy;

import dev.live.core.bridge.BridgeFunction;
import dev.live.core.bridge.NativeWrapper;
import java.util.List;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/** A Python 3 function, method or class handed to other languages. */
final class PyFunction extends NativeWrapper<PyBridge, Value> implements BridgeFunction, PyNative {

  PyFunction(PyBridge bridge, Value function) {
    super(bridge, function);
  }

  @Override
  public Object call(List<Object> arguments) {
    bridge.calling();
    try {
      return bridge.toBridge(value.execute(bridge.toPythonArguments(arguments)));
    } catch (PolyglotException e) {
      throw PyErrors.translate(e, false, bridge);
    }
  }

  @Override
  public boolean isClass() {
    return value.canInstantiate();
  }

  @Override
  public String whyNotKept() {
    return "a Python function cannot be kept across runs: it ends with the run that made it."
        + " Keep the data it needs in live.state and define the function again in each run.";
  }

  @Override
  public String toString() {
    return "<python3 function>";
  }
}
