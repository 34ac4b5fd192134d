package dev.live.engine.python;

import org.python.core.PyObject;
import org.python.core.PyString;

/**
 * A list or map of another language in Python, which prints and compares as a Python copy of its
 * current contents.
 *
 * @param <T> the kind of bridge value
 */
abstract class ForeignCollection<T> extends ForeignValue<T> {

  ForeignCollection(PythonBridge bridge, T value) {
    super(bridge, value);
  }

  /** A Python list or dict with the current contents. */
  abstract PyObject snapshot();

  @Override
  public PyObject __eq__(PyObject other) {
    return snapshot()
        .__eq__(other instanceof ForeignCollection<?> collection ? collection.snapshot() : other);
  }

  @Override
  public PyString __repr__() {
    return snapshot().__repr__();
  }

  @Override
  public PyString __str__() {
    return __repr__();
  }
}
