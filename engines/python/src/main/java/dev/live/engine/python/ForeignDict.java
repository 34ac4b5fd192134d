package dev.live.engine.python;

import java.util.List;
import java.util.Map;
import org.python.core.Py;
import org.python.core.PyDictionary;
import org.python.core.PyList;
import org.python.core.PyObject;
import org.python.core.PyTuple;

/**
 * A plain object or map of another language in Python, live: {@code d["key"]} and {@code d.key},
 * {@code key in d}, {@code len}, iteration over keys, and the dict methods {@code keys}, {@code
 * values}, {@code items}, {@code get}, {@code pop}, {@code update}. A key that is also a dict
 * method name is read with {@code d["key"]}.
 */
final class ForeignDict extends ForeignCollection<Map<?, ?>> {

  private static final List<String> METHODS =
      List.of(
          "keys",
          "values",
          "items",
          "get",
          "pop",
          "update",
          "iterkeys",
          "itervalues",
          "iteritems",
          "has_key");

  ForeignDict(PythonBridge bridge, Map<?, ?> map) {
    super(bridge, map);
  }

  @SuppressWarnings("unchecked")
  private Map<Object, Object> writable() {
    return (Map<Object, Object>) foreign;
  }

  private static String key(PyObject key) {
    return key.toString();
  }

  @Override
  public PyObject __finditem__(PyObject key) {
    String name = key(key);
    return foreign.containsKey(name) ? bridge.crossing(() -> foreign.get(name)) : null;
  }

  @Override
  public PyObject __getitem__(PyObject key) {
    PyObject value = __finditem__(key);
    if (value == null) {
      throw Py.KeyError(key);
    }
    return value;
  }

  @Override
  public void __setitem__(PyObject key, PyObject value) {
    bridge.crossing(() -> writable().put(key(key), bridge.toBridge(value)));
  }

  @Override
  public void __delitem__(PyObject key) {
    if (!foreign.containsKey(key(key))) {
      throw Py.KeyError(key);
    }
    bridge.crossing(() -> writable().remove(key(key)));
  }

  @Override
  public boolean __contains__(PyObject key) {
    return foreign.containsKey(key(key));
  }

  @Override
  public int __len__() {
    return foreign.size();
  }

  @Override
  public boolean __nonzero__() {
    return !foreign.isEmpty();
  }

  @Override
  public PyObject __iter__() {
    return keys().__iter__();
  }

  private PyList keys() {
    PyList keys = new PyList();
    foreign.keySet().forEach(k -> keys.append(Py.newStringOrUnicode(String.valueOf(k))));
    return keys;
  }

  @Override
  PyDictionary snapshot() {
    PyDictionary copy = new PyDictionary();
    for (PyObject key : keys().asIterable()) {
      copy.__setitem__(key, __getitem__(key));
    }
    return copy;
  }

  @Override
  public PyObject __findattr_ex__(String name) {
    if (METHODS.contains(name)) {
      return method(name);
    }
    if (!name.startsWith("__") && foreign.containsKey(name)) {
      return bridge.crossing(() -> foreign.get(name));
    }
    return super.__findattr_ex__(name);
  }

  private PyObject method(String name) {
    return switch (name) {
      case "keys", "iterkeys" -> new JavaCallable(name, args -> keys());
      case "values", "itervalues" ->
          new JavaCallable(
              name,
              args -> {
                PyList values = new PyList();
                keys().asIterable().forEach(k -> values.append(__getitem__(k)));
                return values;
              });
      case "items", "iteritems" ->
          new JavaCallable(
              name,
              args -> {
                PyList items = new PyList();
                keys().asIterable().forEach(k -> items.append(new PyTuple(k, __getitem__(k))));
                return items;
              });
      case "get" ->
          new JavaCallable(
              name,
              args -> {
                PyObject value = __finditem__(args[0]);
                return value != null ? value : args.length > 1 ? args[1] : Py.None;
              });
      case "has_key" -> new JavaCallable(name, args -> Py.newBoolean(__contains__(args[0])));
      case "pop" ->
          new JavaCallable(
              name,
              args -> {
                PyObject value = __finditem__(args[0]);
                if (value == null) {
                  if (args.length > 1) {
                    return args[1];
                  }
                  throw Py.KeyError(args[0]);
                }
                __delitem__(args[0]);
                return value;
              });
      default ->
          new JavaCallable(
              name,
              args -> {
                PyObject other = args[0];
                for (PyObject key : other.asIterable()) {
                  __setitem__(key, other.__getitem__(key));
                }
                return Py.None;
              });
    };
  }

  @Override
  public void __setattr__(String name, PyObject value) {
    __setitem__(Py.newString(name), value);
  }
}
