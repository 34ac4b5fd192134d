package dev.live.engine.python;

import dev.live.core.bridge.BridgeFunction;
import dev.live.core.bridge.NativeValue;
import java.util.List;
import org.python.core.PyException;
import org.python.core.PyObject;

/** A Python callable handed to another language. */
final class PythonFunction implements BridgeFunction, NativeValue {

  private final PythonBridge bridge;
  private final PyObject callable;

  PythonFunction(PythonBridge bridge, PyObject callable) {
    this.bridge = bridge;
    this.callable = callable;
  }

  @Override
  public Object call(List<Object> arguments) {
    PyObject[] converted = new PyObject[arguments.size()];
    for (int i = 0; i < converted.length; i++) {
      converted[i] = bridge.toPython(arguments.get(i));
    }
    try {
      return bridge.toBridge(callable.__call__(converted));
    } catch (PyException e) {
      throw PythonErrors.translate(e, false, bridge);
    }
  }

  @Override
  public Object owner() {
    return bridge;
  }

  @Override
  public Object unwrap() {
    return callable;
  }

  @Override
  public String toString() {
    return "<python " + callable + ">";
  }
}
