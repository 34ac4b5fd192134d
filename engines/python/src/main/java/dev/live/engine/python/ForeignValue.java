package dev.live.engine.python;

import org.python.core.PyObject;

/**
 * A value of another language in Python: a Python object that reads and writes the bridge value it
 * stands for, and hands that value back unchanged when it crosses again.
 *
 * @param <T> the kind of bridge value
 */
abstract class ForeignValue<T> extends PyObject {

  /** The bridge that made this wrapper, converting what crosses it. */
  protected final PythonBridge bridge;

  /** The bridge value this stands for. */
  protected final T foreign;

  ForeignValue(PythonBridge bridge, T value) {
    this.bridge = bridge;
    this.foreign = value;
  }

  /** The bridge value this stands for. */
  final T bridgeValue() {
    return foreign;
  }
}
