package dev.live.engine.python;

import dev.live.core.engine.ScriptExitException;
import org.python.core.Py;
import org.python.core.PyException;
import org.python.core.PyObject;
import org.python.core.PyString;
import org.python.core.PySystemState;

/**
 * The ways a Python script ends itself, made to end its run rather than live: {@code exit()} and
 * {@code quit()}, which CPython's {@code site} module defines and Jython without it does not, and
 * {@code os._exit(n)}, which in Jython ends the JVM.
 */
final class ExitFunctions {

  private ExitFunctions() {}

  /** Defines {@code exit} and {@code quit}, and replaces {@code _exit} in {@code posix}. */
  static void install(PySystemState system, LibraryPatches patches) {
    PyObject builtins = system.getBuiltins();
    builtins.__setitem__("exit", new Quitter("exit"));
    builtins.__setitem__("quit", new Quitter("quit"));
    // os takes _exit from posix as it loads.
    patches.patch(
        "posix",
        posix ->
            posix.__setattr__(
                "_exit",
                new JavaCallable(
                    "_exit",
                    args -> {
                      throw new ScriptExitException(args.length > 0 ? args[0].asInt() : 0);
                    })));
  }

  /** CPython's {@code site.Quitter}: calling it raises {@code SystemExit(code)}. */
  private static final class Quitter extends PyObject {

    private final String name;

    Quitter(String name) {
      this.name = name;
    }

    @Override
    public PyObject __call__(PyObject[] arguments, String[] keywords) {
      PyObject code = arguments.length > 0 ? arguments[0] : Py.None;
      throw new PyException(Py.SystemExit, Py.SystemExit.__call__(code));
    }

    @Override
    public PyString __repr__() {
      return Py.newString("Use " + name + "() or Ctrl-D (i.e. EOF) to exit");
    }
  }
}
