package dev.live.engine.python;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.python.core.Py;
import org.python.core.PyObject;
import org.python.core.PySystemState;
import org.python.core.__builtin__;

/**
 * Changes to modules of Jython's own library, made when a script first imports them (loading them
 * at start-up would slow every session): a {@code sys.meta_path} finder that claims such a module
 * once, lets Jython load it, and patches it. The patched module stays in {@code sys.modules} for
 * the session.
 *
 * <p>Threads: the run thread, which does every import.
 */
final class LibraryPatches extends PyObject {

  private final Map<String, Consumer<PyObject>> pending = new HashMap<>();

  /** A finder with no patches yet, first in the system's {@code sys.meta_path}. */
  static LibraryPatches installIn(PySystemState system) {
    LibraryPatches patches = new LibraryPatches();
    system.meta_path.append(patches);
    return patches;
  }

  /** Patches the top-level module {@code name} when it is first imported. */
  void patch(String name, Consumer<PyObject> change) {
    pending.put(name, change);
  }

  /** {@code find_module(fullname, path=None)}. */
  public PyObject find_module(PyObject name, PyObject path) {
    return pending.containsKey(name.toString()) ? this : Py.None;
  }

  /** {@code load_module(fullname)}: Jython's own module, patched. */
  public PyObject load_module(PyObject name) {
    Consumer<PyObject> change = pending.remove(name.toString());
    PyObject module = __builtin__.__import__(name.toString());
    if (change != null) {
      change.accept(module);
    }
    return module;
  }

  @Override
  public PyObject __findattr_ex__(String name) {
    return switch (name) {
      case "find_module" ->
          new JavaCallable(name, args -> find_module(args[0], args.length > 1 ? args[1] : Py.None));
      case "load_module" -> new JavaCallable(name, args -> load_module(args[0]));
      default -> super.__findattr_ex__(name);
    };
  }

  @Override
  public String toString() {
    return "<live library patches>";
  }
}
