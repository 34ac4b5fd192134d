package dev.live.engine.python;

import dev.live.core.bridge.BridgeFunction;
import org.python.core.Py;
import org.python.core.PyObject;

/** A function of another language, callable from Python. */
final class ForeignFunction extends PyObject implements PythonBridge.Foreign {

  private final PythonBridge bridge;
  private final BridgeFunction function;

  ForeignFunction(PythonBridge bridge, BridgeFunction function) {
    this.bridge = bridge;
    this.function = function;
  }

  @Override
  public PyObject __call__(PyObject[] arguments, String[] keywords) {
    if (keywords.length > 0) {
      throw Py.TypeError("keyword arguments cannot be passed to " + function);
    }
    try {
      return bridge.toPython(function.call(bridge.toBridgeArguments(arguments)));
    } catch (RuntimeException e) {
      throw PythonErrors.foreignError(e);
    }
  }

  @Override
  public Object bridgeValue() {
    return function;
  }

  @Override
  public String toString() {
    return function.toString();
  }
}
