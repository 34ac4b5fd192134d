package dev.live.engine.python;

import dev.live.core.bridge.NativeValue;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.python.core.Py;
import org.python.core.PyObject;

/** A live view of a Python dict, keyed by the keys' string forms. */
final class PythonMap extends AbstractMap<String, Object> implements NativeValue {

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
  public Set<Entry<String, Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, Object>> iterator() {
        List<PyObject> keys = new ArrayList<>();
        dict.asIterable().forEach(keys::add);
        Iterator<PyObject> each = keys.iterator();
        return new Iterator<>() {
          private PyObject last;

          @Override
          public boolean hasNext() {
            return each.hasNext();
          }

          @Override
          public Entry<String, Object> next() {
            last = each.next();
            return new SimpleEntry<>(last.toString(), bridge.toBridge(dict.__finditem__(last)));
          }

          @Override
          public void remove() {
            dict.__delitem__(last);
          }
        };
      }

      @Override
      public int size() {
        return dict.__len__();
      }
    };
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
