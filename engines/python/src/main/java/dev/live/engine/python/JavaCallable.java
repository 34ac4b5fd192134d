package dev.live.engine.python;

import java.util.function.Function;
import org.python.core.Py;
import org.python.core.PyObject;

/** A small built-in method of a foreign wrapper, such as a foreign list's {@code append}. */
final class JavaCallable extends PyObject {

  private final String name;
  private final Function<PyObject[], PyObject> body;

  JavaCallable(String name, Function<PyObject[], PyObject> body) {
    this.name = name;
    this.body = body;
  }

  @Override
  public PyObject __call__(PyObject[] arguments, String[] keywords) {
    if (keywords.length > 0) {
      throw Py.TypeError(name + "() takes no keyword arguments");
    }
    return body.apply(arguments);
  }

  @Override
  public String toString() {
    return "<built-in method " + name + ">";
  }
}
