package dev.live.engine.python;

import dev.live.core.bridge.NativeValue;
import java.util.AbstractList;
import java.util.RandomAccess;
import org.python.core.PyException;
import org.python.core.PyObject;
import org.python.core.PySequenceList;

/** A live view of a Python list or tuple: reads and writes go to the Python object. */
final class PythonList extends AbstractList<Object> implements NativeValue, RandomAccess {

  private final PythonBridge bridge;
  private final PySequenceList sequence;

  PythonList(PythonBridge bridge, PySequenceList sequence) {
    this.bridge = bridge;
    this.sequence = sequence;
  }

  @Override
  public Object get(int index) {
    return bridge.toBridge(python(() -> sequence.pyget(index)));
  }

  @Override
  public Object set(int index, Object element) {
    Object previous = get(index);
    python(
        () -> {
          sequence.__setitem__(index, bridge.toPython(element));
          return null;
        });
    return previous;
  }

  @Override
  public void add(int index, Object element) {
    python(
        () ->
            sequence.invoke(
                "insert",
                new PyObject[] {new org.python.core.PyInteger(index), bridge.toPython(element)}));
  }

  @Override
  public Object remove(int index) {
    return bridge.toBridge(
        python(() -> sequence.invoke("pop", new org.python.core.PyInteger(index))));
  }

  @Override
  public int size() {
    return sequence.size();
  }

  private PyObject python(java.util.function.Supplier<PyObject> action) {
    try {
      return action.get();
    } catch (PyException e) {
      throw PythonErrors.translate(e, false, bridge);
    }
  }

  @Override
  public Object owner() {
    return bridge;
  }

  @Override
  public Object unwrap() {
    return sequence;
  }
}
