package dev.live.engine.python;

import dev.live.core.bridge.BridgeFunction;
import dev.live.core.bridge.BridgeObject;
import dev.live.core.bridge.BridgeValueVisitor;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.python.core.Py;
import org.python.core.PyBoolean;
import org.python.core.PyDictionary;
import org.python.core.PyFloat;
import org.python.core.PyInteger;
import org.python.core.PyJavaType;
import org.python.core.PyLong;
import org.python.core.PyModule;
import org.python.core.PyObject;
import org.python.core.PySequenceList;
import org.python.core.PyString;
import org.python.core.PyStringMap;

/**
 * Converts between Python values and bridge values. Python values stay valid for the whole session,
 * so this bridge is the owner of every Python value it hands out, and a Python value that comes
 * back is the original object.
 *
 * <p>Lists, tuples, dicts and instances cross as live views ({@link PythonList}, {@link PythonMap},
 * {@link PythonObject}); values of other languages arrive as live wrappers ({@link ForeignList},
 * {@link ForeignDict}, {@link ForeignObject}, {@link ForeignFunction}).
 */
final class PythonBridge {

  private final ForeignErrors errors = new ForeignErrors(this);
  private final ToPython toPython = new ToPython();
  private volatile Function<Path, String> display = Path::toString;

  /** Shows file names as the current run does; set when a run starts. */
  void displayWith(Function<Path, String> display) {
    this.display = display;
  }

  /** A code object's file name as messages show it. */
  String display(String fileName) {
    Path path = Path.of(fileName);
    return path.isAbsolute() ? display.apply(path) : fileName;
  }

  ForeignErrors errors() {
    return errors;
  }

  /** A Python value as a bridge value. */
  Object toBridge(PyObject value) {
    if (value == null || value == Py.None) {
      return null;
    }
    if (value instanceof ForeignValue<?> foreign) {
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
    if (value instanceof PyString text) {
      return text.getString();
    }
    if (value instanceof PySequenceList sequence) {
      return new PythonList(this, sequence);
    }
    if (value instanceof PyDictionary || value instanceof PyStringMap) {
      return new PythonMap(this, value);
    }
    if (value instanceof PyModule module) {
      return new PythonModule(this, module, module.__dict__, null);
    }
    if (value.getType() instanceof PyJavaType) {
      Object java = value.__tojava__(Object.class);
      if (java != Py.NoConversion && !(java instanceof PyObject)) {
        return java;
      }
    }
    if (value.isCallable()) {
      return new PythonFunction(this, value);
    }
    return new PythonObject(this, value);
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
    return BridgeValueVisitor.dispatch(value, this, toPython);
  }

  List<Object> toBridgeArguments(PyObject[] arguments) {
    List<Object> converted = new ArrayList<>(arguments.length);
    for (PyObject argument : arguments) {
      converted.add(toBridge(argument));
    }
    return converted;
  }

  /**
   * Runs a call into another language from Python: its errors become Python exceptions that {@code
   * try/except} catches.
   */
  PyObject crossing(Supplier<Object> call) {
    try {
      return toPython(call.get());
    } catch (RuntimeException e) {
      throw errors.toPython(e);
    }
  }

  /** {@link #crossing(Supplier)} for a call that returns nothing. */
  void crossing(Runnable call) {
    crossing(
        () -> {
          call.run();
          return null;
        });
  }

  /**
   * Bridge values as Python sees them: primitives become Python's own, values of other languages
   * live wrappers ({@link ForeignFunction}, {@link ForeignObject}, {@link ForeignList}, {@link
   * ForeignDict}), and other Java objects what Jython makes of them.
   */
  private final class ToPython implements BridgeValueVisitor<PyObject> {

    @Override
    public PyObject primitive(Object value) {
      if (value == null) {
        return Py.None;
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
      return Py.java2py(value);
    }

    @Override
    public PyObject function(BridgeFunction function) {
      return new ForeignFunction(PythonBridge.this, function);
    }

    @Override
    public PyObject object(BridgeObject object) {
      return new ForeignObject(PythonBridge.this, object);
    }

    @Override
    public PyObject list(List<?> list) {
      return new ForeignList(PythonBridge.this, list);
    }

    @Override
    public PyObject map(Map<?, ?> map) {
      return new ForeignDict(PythonBridge.this, map);
    }

    @Override
    public PyObject javaObject(Object value) {
      return value instanceof PyObject python ? python : Py.java2py(value);
    }
  }
}
