package dev.live.engine.python;

import dev.live.core.bridge.BridgeFunction;
import dev.live.core.bridge.NativeWrapper;
import java.util.List;
import org.python.core.PyException;
import org.python.core.PyObject;

/** A Python callable handed to another language. */
final class PythonFunction extends NativeWrapper<PythonBridge, PyObject> implements BridgeFunction {

  PythonFunction(PythonBridge bridge, PyObject callable) {
    super(bridge, callable);
  }

  @Override
  public Object call(List<Object> arguments) {
    PyObject[] converted = new PyObject[arguments.size()];
    for (int i = 0; i < converted.length; i++) {
      converted[i] = bridge.toPython(arguments.get(i));
    }
    PythonEngineRun.disarmLeftoverStop();
    try {
      return bridge.toBridge(value.__call__(converted));
    } catch (PyException e) {
      throw PythonErrors.translate(e, false, bridge);
    }
  }

  @Override
  public String toString() {
    return "<python " + value + ">";
  }
}
