package dev.live.engine.python;

import dev.live.core.bridge.NativeListView;
import java.util.function.Supplier;
import org.python.core.PyException;
import org.python.core.PyInteger;
import org.python.core.PyObject;
import org.python.core.PySequenceList;

/** A live view of a Python list or tuple: reads and writes go to the Python object. */
final class PythonList extends NativeListView<PythonBridge, PySequenceList> {

  PythonList(PythonBridge bridge, PySequenceList sequence) {
    super(bridge, sequence);
  }

  @Override
  public Object get(int index) {
    return bridge.toBridge(python(() -> value.pyget(index)));
  }

  @Override
  protected void replace(int index, Object element) {
    python(
        () -> {
          value.__setitem__(index, bridge.toPython(element));
          return null;
        });
  }

  @Override
  public void add(int index, Object element) {
    python(
        () ->
            value.invoke(
                "insert", new PyObject[] {new PyInteger(index), bridge.toPython(element)}));
  }

  @Override
  public Object remove(int index) {
    return bridge.toBridge(python(() -> value.invoke("pop", new PyInteger(index))));
  }

  @Override
  public int size() {
    return value.size();
  }

  private PyObject python(Supplier<PyObject> action) {
    try {
      return action.get();
    } catch (PyException e) {
      throw PythonErrors.translate(e, false, bridge);
    }
  }
}
