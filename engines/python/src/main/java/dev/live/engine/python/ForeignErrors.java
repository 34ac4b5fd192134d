package dev.live.engine.python;

import dev.live.core.engine.RunCancelledException;
import dev.live.core.engine.ScriptExitException;
import dev.live.core.engine.ScriptFailedException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.python.core.Py;
import org.python.core.PyException;
import org.python.core.PyObject;
import org.python.core.PyStringMap;
import org.python.core.PyType;

/**
 * Errors of other languages as Python exceptions. An error keeps its type name: a built-in Python
 * exception of that name when there is one (a JavaScript TypeError is caught by {@code except
 * TypeError}), otherwise a class of that name derived from {@code Exception}.
 */
final class ForeignErrors {

  private final PythonBridge bridge;
  private final Map<String, PyObject> classes = new ConcurrentHashMap<>();

  ForeignErrors(PythonBridge bridge) {
    this.bridge = bridge;
  }

  /** The exception to raise in Python for a failure on the far side of a call. */
  RuntimeException toPython(RuntimeException e) {
    if (e instanceof RunCancelledException || e instanceof ScriptExitException) {
      return e;
    }
    if (e instanceof PyException python) {
      return python;
    }
    if (e instanceof ScriptFailedException failed) {
      if (failed.origin() == bridge && failed.nativeError() instanceof PyException original) {
        return original;
      }
      PyException raised =
          new PyException(
              exceptionClass(failed.errorType()), Py.newStringOrUnicode(failed.errorMessage()));
      raised.initCause(failed);
      return raised;
    }
    if (e instanceof IndexOutOfBoundsException) {
      return Py.IndexError(String.valueOf(e.getMessage()));
    }
    if (e instanceof UnsupportedOperationException || e instanceof ClassCastException) {
      return Py.TypeError(String.valueOf(e.getMessage()));
    }
    if (e instanceof IllegalArgumentException) {
      return Py.ValueError(String.valueOf(e.getMessage()));
    }
    return Py.RuntimeError(e.getClass().getSimpleName() + ": " + e.getMessage());
  }

  private PyObject exceptionClass(String name) {
    return classes.computeIfAbsent(
        name,
        n -> {
          PyObject builtin = Py.getSystemState().getBuiltins().__finditem__(n);
          if (builtin instanceof PyType type && type.isSubType((PyType) Py.BaseException)) {
            return builtin;
          }
          PyStringMap namespace = new PyStringMap();
          // Printed as "RangeError: ..." like a built-in, not "foreign.RangeError: ...".
          namespace.__setitem__("__module__", Py.newString("exceptions"));
          return Py.makeClass(n, new PyObject[] {Py.Exception}, namespace);
        });
  }
}
