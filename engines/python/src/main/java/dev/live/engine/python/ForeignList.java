package dev.live.engine.python;

import java.util.List;
import org.python.core.Py;
import org.python.core.PyInteger;
import org.python.core.PyIterator;
import org.python.core.PyList;
import org.python.core.PyObject;
import org.python.core.PySlice;

/**
 * A list or array of another language in Python: indexing (negative too), slicing (a new Python
 * list), {@code len}, iteration, {@code in}, {@code append} and the other common list methods, all
 * on the owner's list.
 */
final class ForeignList extends ForeignCollection<List<?>> {

  ForeignList(PythonBridge bridge, List<?> list) {
    super(bridge, list);
  }

  @SuppressWarnings("unchecked")
  private List<Object> writable() {
    return (List<Object>) foreign;
  }

  private int index(PyObject key) {
    int size = foreign.size();
    int index = key.asIndex();
    int resolved = index < 0 ? index + size : index;
    if (resolved < 0 || resolved >= size) {
      throw Py.IndexError("list index out of range");
    }
    return resolved;
  }

  @Override
  public int __len__() {
    return foreign.size();
  }

  @Override
  public PyObject __finditem__(PyObject key) {
    if (key instanceof PySlice slice) {
      int[] range = slice.indicesEx(foreign.size());
      PyList result = new PyList();
      for (int i = range[0]; range[2] > 0 ? i < range[1] : i > range[1]; i += range[2]) {
        int at = i;
        result.append(bridge.crossing(() -> foreign.get(at)));
      }
      return result;
    }
    return bridge.crossing(() -> foreign.get(index(key)));
  }

  @Override
  public PyObject __finditem__(int key) {
    return __finditem__(Py.newInteger(key));
  }

  @Override
  public void __setitem__(PyObject key, PyObject value) {
    bridge.crossing(() -> writable().set(index(key), bridge.toBridge(value)));
  }

  @Override
  public void __delitem__(PyObject key) {
    bridge.crossing(() -> writable().remove(index(key)));
  }

  @Override
  public PyObject __iter__() {
    return new PyIterator() {
      private int next;

      @Override
      public PyObject __iternext__() {
        return next < foreign.size() ? ForeignList.this.__finditem__(next++) : null;
      }
    };
  }

  @Override
  public boolean __contains__(PyObject item) {
    for (PyObject element : asIterable()) {
      if (element._eq(item).__nonzero__()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean __nonzero__() {
    return !foreign.isEmpty();
  }

  @Override
  public PyObject __ne__(PyObject other) {
    return __eq__(other).__not__();
  }

  @Override
  PyList snapshot() {
    PyList copy = new PyList();
    for (PyObject element : asIterable()) {
      copy.append(element);
    }
    return copy;
  }

  @Override
  public PyObject __findattr_ex__(String name) {
    return switch (name) {
      case "append" ->
          new JavaCallable(
              name,
              args -> {
                bridge.crossing(() -> writable().add(bridge.toBridge(args[0])));
                return Py.None;
              });
      case "extend" ->
          new JavaCallable(
              name,
              args -> {
                for (PyObject item : args[0].asIterable()) {
                  bridge.crossing(() -> writable().add(bridge.toBridge(item)));
                }
                return Py.None;
              });
      case "insert" ->
          new JavaCallable(
              name,
              args -> {
                int at = Math.max(0, Math.min(foreign.size(), args[0].asInt()));
                bridge.crossing(() -> writable().add(at, bridge.toBridge(args[1])));
                return Py.None;
              });
      case "pop" ->
          new JavaCallable(
              name,
              args -> {
                if (foreign.isEmpty()) {
                  throw Py.IndexError("pop from empty list");
                }
                int at = args.length == 0 ? foreign.size() - 1 : index(args[0]);
                return bridge.crossing(() -> writable().remove(at));
              });
      case "index" ->
          new JavaCallable(
              name,
              args -> {
                int i = 0;
                for (PyObject element : asIterable()) {
                  if (element._eq(args[0]).__nonzero__()) {
                    return new PyInteger(i);
                  }
                  i++;
                }
                throw Py.ValueError("value is not in list");
              });
      case "count" ->
          new JavaCallable(
              name,
              args -> {
                int count = 0;
                for (PyObject element : asIterable()) {
                  count += element._eq(args[0]).__nonzero__() ? 1 : 0;
                }
                return new PyInteger(count);
              });
      default -> super.__findattr_ex__(name);
    };
  }
}
