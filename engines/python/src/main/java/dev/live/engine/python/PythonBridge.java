package dev.live.engine.python;

import dev.live.core.bridge.BridgeFunction;
import dev.live.core.bridge.BridgeModule;
import dev.live.core.bridge.NativeValue;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.python.core.Py;
import org.python.core.PyBoolean;
import org.python.core.PyDictionary;
import org.python.core.PyFloat;
import org.python.core.PyInteger;
import org.python.core.PyList;
import org.python.core.PyLong;
import org.python.core.PyModule;
import org.python.core.PyObject;
import org.python.core.PySequenceList;
import org.python.core.PyString;
import org.python.core.PyStringMap;
import org.python.core.PyUnicode;

/**
 * Converts between Python values and bridge values. Python values stay valid for the whole session,
 * so this bridge is the owner of every Python value it hands out, and a Python value that comes
 * back is the original object.
 */
final class PythonBridge {

  /** A Python value as a bridge value. */
  Object toBridge(PyObject value) {
    if (value == null || value == Py.None) {
      return null;
    }
    if (value instanceof Foreign foreign) {
      return foreign.bridgeValue();
    }
    if (value instanceof PyBoolean bool) {
      return bool.getBooleanValue();
    }
    if (value instanceof PyInteger integer) {
      return integer.getValue();
    }
    if (value instanceof PyLong big) {
      return narrow(big.getValue());
    }
    if (value instanceof PyFloat number) {
      return number.getValue();
    }
    if (value instanceof PyUnicode text) {
      return text.getString();
    }
    if (value instanceof PyString text) {
      return text.getString();
    }
    if (value instanceof PySequenceList sequence) {
      List<Object> list = new ArrayList<>(sequence.size());
      for (PyObject item : sequence.getArray()) {
        list.add(toBridge(item));
      }
      return list;
    }
    if (value instanceof PyDictionary || value instanceof PyStringMap) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (PyObject key : value.asIterable()) {
        map.put(key.toString(), toBridge(value.__getitem__(key)));
      }
      return map;
    }
    if (value instanceof PyModule module) {
      return new PythonModule(this, module, module.__dict__, null);
    }
    if (value.isCallable()) {
      return new PythonFunction(this, value);
    }
    Object java = value.__tojava__(Object.class);
    return java == Py.NoConversion ? value : java;
  }

  private static Object narrow(BigInteger value) {
    if (value.bitLength() < 32) {
      return value.intValue();
    }
    if (value.bitLength() < 64) {
      return value.longValue();
    }
    return value;
  }

  /** A bridge value as a Python value. */
  PyObject toPython(Object value) {
    if (value == null) {
      return Py.None;
    }
    if (value instanceof NativeValue nativeValue && nativeValue.owner() == this) {
      return (PyObject) nativeValue.unwrap();
    }
    if (value instanceof PyObject python) {
      return python;
    }
    if (value instanceof Boolean bool) {
      return Py.newBoolean(bool);
    }
    if (value instanceof Integer number) {
      return Py.newInteger(number);
    }
    if (value instanceof Long number) {
      return Py.newInteger(number);
    }
    if (value instanceof BigInteger number) {
      return Py.newLong(number);
    }
    if (value instanceof Double || value instanceof Float) {
      return Py.newFloat(((Number) value).doubleValue());
    }
    if (value instanceof String text) {
      return Py.newStringOrUnicode(text);
    }
    if (value instanceof BridgeFunction function) {
      return new ForeignFunction(this, function);
    }
    if (value instanceof BridgeModule module) {
      return new ForeignModule(this, module);
    }
    if (value instanceof List<?> list) {
      PyList converted = new PyList();
      list.forEach(item -> converted.append(toPython(item)));
      return converted;
    }
    if (value instanceof Map<?, ?> map) {
      PyDictionary converted = new PyDictionary();
      map.forEach((k, v) -> converted.__setitem__(toPython(k), toPython(v)));
      return converted;
    }
    return Py.java2py(value);
  }

  List<Object> toBridgeArguments(PyObject[] arguments) {
    List<Object> converted = new ArrayList<>(arguments.length);
    for (PyObject argument : arguments) {
      converted.add(toBridge(argument));
    }
    return converted;
  }

  /** A Python object standing for a value of another language. */
  interface Foreign {
    Object bridgeValue();
  }
}
