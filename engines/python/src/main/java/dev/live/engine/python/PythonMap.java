package dev.live.engine.python;

import dev.live.core.bridge.NativeMapView;
import dev.live.core.bridge.NativeValue;
import java.util.ArrayList;
import java.util.List;
import org.python.core.Py;
import org.python.core.PyObject;

/** A live view of a Python dict, keyed by the keys' string forms. */
final class PythonMap extends NativeMapView<PyObject> implements NativeValue {

  private final PythonBridge bridge;
  private final PyObject dict;

  PythonMap(PythonBridge bridge, PyObject dict) {
    this.bridge = bridge;
    this.dict = dict;
  }

  private PyObject pythonKey(Object key) {
    String name = String.valueOf(key);
    for (PyObject candidate : dict.asIterable()) {
      if (candidate.toString().equals(name)) {
        return candidate;
      }
    }
    return Py.newStringOrUnicode(name);
  }

  @Override
  public Object get(Object key) {
    PyObject value = dict.__finditem__(pythonKey(key));
    return value == null ? null : bridge.toBridge(value);
  }

  @Override
  public boolean containsKey(Object key) {
    return dict.__finditem__(pythonKey(key)) != null;
  }

  @Override
  public Object put(String key, Object value) {
    Object previous = get(key);
    dict.__setitem__(pythonKey(key), bridge.toPython(value));
    return previous;
  }

  @Override
  public Object remove(Object key) {
    Object previous = get(key);
    if (previous != null || containsKey(key)) {
      dict.__delitem__(pythonKey(key));
    }
    return previous;
  }

  @Override
  public int size() {
    return dict.__len__();
  }

  @Override
  protected List<PyObject> keySnapshot() {
    List<PyObject> keys = new ArrayList<>();
    dict.asIterable().forEach(keys::add);
    return keys;
  }

  @Override
  protected String name(PyObject key) {
    return key.toString();
  }

  @Override
  protected Object valueAt(PyObject key) {
    return bridge.toBridge(dict.__finditem__(key));
  }

  @Override
  protected void removeAt(PyObject key) {
    dict.__delitem__(key);
  }

  @Override
  public Object owner() {
    return bridge;
  }

  @Override
  public Object unwrap() {
    return dict;
  }
}
