package dev.live.engine.python;

import dev.live.core.bridge.NativeMapView;
import java.util.ArrayList;
import java.util.List;
import org.python.core.Py;
import org.python.core.PyObject;

/** A live view of a Python dict, keyed by the keys' string forms. */
final class PythonMap extends NativeMapView<PythonBridge, PyObject, PyObject> {

  PythonMap(PythonBridge bridge, PyObject dict) {
    super(bridge, dict);
  }

  private PyObject pythonKey(Object key) {
    String name = String.valueOf(key);
    for (PyObject candidate : value.asIterable()) {
      if (candidate.toString().equals(name)) {
        return candidate;
      }
    }
    return Py.newStringOrUnicode(name);
  }

  @Override
  public Object get(Object key) {
    PyObject found = value.__finditem__(pythonKey(key));
    return found == null ? null : bridge.toBridge(found);
  }

  @Override
  public boolean containsKey(Object key) {
    return value.__finditem__(pythonKey(key)) != null;
  }

  @Override
  public Object put(String key, Object element) {
    Object previous = get(key);
    value.__setitem__(pythonKey(key), bridge.toPython(element));
    return previous;
  }

  @Override
  public Object remove(Object key) {
    Object previous = get(key);
    if (previous != null || containsKey(key)) {
      value.__delitem__(pythonKey(key));
    }
    return previous;
  }

  @Override
  public int size() {
    return value.__len__();
  }

  @Override
  protected List<PyObject> keySnapshot() {
    List<PyObject> keys = new ArrayList<>();
    value.asIterable().forEach(keys::add);
    return keys;
  }

  @Override
  protected String name(PyObject key) {
    return key.toString();
  }

  @Override
  protected Object valueAt(PyObject key) {
    return bridge.toBridge(value.__finditem__(key));
  }

  @Override
  protected void removeAt(PyObject key) {
    value.__delitem__(key);
  }
}
