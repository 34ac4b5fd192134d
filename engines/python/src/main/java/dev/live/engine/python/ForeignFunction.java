package dev.live.engine.python;

import dev.live.core.bridge.BridgeFunction;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.python.core.PyObject;

/**
 * A function, method or class of another language, callable from Python. Calling a class constructs
 * an instance, as calling a Python class does. Keyword arguments arrive on the far side as one
 * trailing object, the usual way to pass options in JavaScript.
 */
final class ForeignFunction extends ForeignValue<BridgeFunction> {

  ForeignFunction(PythonBridge bridge, BridgeFunction function) {
    super(bridge, function);
  }

  @Override
  public PyObject __call__(PyObject[] arguments, String[] keywords) {
    int positional = arguments.length - keywords.length;
    List<Object> converted = bridge.toBridgeArguments(Arrays.copyOf(arguments, positional));
    if (keywords.length > 0) {
      Map<String, Object> options = new LinkedHashMap<>();
      for (int i = 0; i < keywords.length; i++) {
        options.put(keywords[i], bridge.toBridge(arguments[positional + i]));
      }
      converted.add(options);
    }
    return bridge.crossing(
        () -> foreign.isClass() ? foreign.construct(converted) : foreign.call(converted));
  }

  @Override
  public String toString() {
    return foreign.toString();
  }
}
