package dev.live.engine.python;

import dev.live.core.engine.RunCancelledException;
import dev.live.core.engine.ScriptExitException;
import dev.live.core.engine.ScriptFailedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.python.core.CompileMode;
import org.python.core.CompilerFlags;
import org.python.core.Py;
import org.python.core.PyException;
import org.python.core.PyInteger;
import org.python.core.PyLong;
import org.python.core.PyObject;
import org.python.core.PyStringMap;
import org.python.core.PyTraceback;

/**
 * Turns Jython exceptions into what the runner reports, and other languages' errors into Python's.
 */
final class PythonErrors {

  private PythonErrors() {}

  /**
   * Raises, catches and translates one error at the shallow stack of the engine's start, so that
   * the classes of the error path are initialised there: a class whose initialiser runs out of
   * stack in a deep recursion stays unusable for the whole session (NoClassDefFoundError), and
   * every later error with it.
   */
  static void initialiseErrorPath(PythonBridge bridge) {
    PyStringMap scope = new PyStringMap();
    scope.__setitem__("__builtins__", Py.getSystemState().getBuiltins());
    try {
      Py.runCode(
          Py.compile_flags(
              "def fail():\n    raise ValueError('x')\nfail()\n",
              "<live error path>",
              CompileMode.exec,
              new CompilerFlags()),
          scope,
          scope);
    } catch (PyException e) {
      translate(e, false, bridge);
    }
  }

  static RuntimeException translate(PyException e, boolean cancelled, PythonBridge bridge) {
    if (cancelled || hasCause(e, PythonEngineRun.StopRun.class)) {
      return new RunCancelledException(e);
    }
    RuntimeException passedThrough = javaExceptionInside(e);
    if (passedThrough != null) {
      return passedThrough;
    }
    if (e.match(Py.SystemExit)) {
      return new ScriptExitException(exitStatus(e.value));
    }
    // A SyntaxError raised for another language's module is reported with that module's trace.
    if (e.match(Py.SyntaxError) && !(e.getCause() instanceof ScriptFailedException)) {
      return syntaxError(e, bridge);
    }
    e.normalize();
    String type = e.type.__findattr__("__name__").toString();
    String text = e.value == null || e.value == Py.None ? "" : e.value.__str__().toString();
    boolean outOfMemory = javaErrorInside(e) instanceof OutOfMemoryError;
    if (outOfMemory) {
      // Jython passes the JVM's error through as a Java object; Python calls it MemoryError.
      type = "MemoryError";
      text = OUT_OF_MEMORY;
    }
    String message = ScriptFailedException.summary(type, text);
    StringBuilder trace = new StringBuilder("Traceback (most recent call last):\n");
    Path file = null;
    int line = 0;
    String previous = null;
    int repeats = 0;
    for (PyObject tb = e.traceback; tb instanceof PyTraceback entry; tb = entry.tb_next) {
      String fileName = entry.tb_frame.f_code.co_filename;
      line = entry.tb_lineno;
      file = Path.of(fileName);
      StringBuilder frame = new StringBuilder();
      frame.append("  File \"").append(bridge.display(fileName)).append("\", line ").append(line);
      frame.append(", in ").append(entry.tb_frame.f_code.co_name).append('\n');
      String source = sourceLine(file, line);
      if (!source.isEmpty()) {
        frame.append("    ").append(source).append('\n');
      }
      // Deep recursion: show a repeated frame a few times, then how often it repeated.
      if (frame.toString().equals(previous) && ++repeats >= REPEATED_FRAMES_SHOWN) {
        continue;
      }
      if (!frame.toString().equals(previous)) {
        appendRepeats(trace, repeats);
        repeats = 0;
      }
      previous = frame.toString();
      trace.append(frame);
    }
    appendRepeats(trace, repeats);
    trace.append(message);
    if (e.getCause() instanceof ScriptFailedException foreign) {
      trace.append("\n\nraised by:\n").append(foreign.scriptTrace());
    }
    ScriptFailedException.Builder failure =
        ScriptFailedException.builder(type, text).at(file, line).trace(trace.toString());
    // The traceback's frames hold the module's globals: what filled the heap stays unreferenced.
    return (outOfMemory ? failure : failure.nativeError(e, bridge)).build();
  }

  private static final int REPEATED_FRAMES_SHOWN = 3;

  private static final String OUT_OF_MEMORY =
      "out of memory: the JVM's heap is full (give live more with LIVE_JAVA_OPTS=-Xmx2g, say)";

  /** The JVM ran out of memory where Jython did not turn it into a Python exception. */
  static ScriptFailedException outOfMemory(
      Path file, String displayName, OutOfMemoryError error, PythonBridge bridge) {
    String summary = ScriptFailedException.summary("MemoryError", OUT_OF_MEMORY);
    return ScriptFailedException.builder("MemoryError", OUT_OF_MEMORY)
        .at(file, 0)
        .trace("Traceback (most recent call last):\n  File \"" + displayName + "\"\n" + summary)
        .nativeError(error, bridge)
        .build();
  }

  private static void appendRepeats(StringBuilder trace, int repeats) {
    int hidden = repeats - REPEATED_FRAMES_SHOWN + 1;
    if (hidden > 0) {
      trace.append("  [Previous frame repeated ").append(hidden).append(" more times]\n");
    }
  }

  /** A line of a script file, stripped; empty for frames of Jython's own library. */
  private static String sourceLine(Path file, int line) {
    if (!file.isAbsolute() || line < 1) {
      return "";
    }
    try (Stream<String> lines = Files.lines(file)) {
      return lines.skip(line - 1).findFirst().map(String::strip).orElse("");
    } catch (IOException | UncheckedIOException e) {
      // The file changed or went away since it ran: the trace still has file and line.
      return "";
    }
  }

  /** Jython's compiler gives up on a module whose bytecode does not fit one JVM method. */
  static boolean isModuleTooLarge(PyException e) {
    Throwable java = javaErrorInside(e);
    return java != null && String.valueOf(java.getMessage()).contains("Module or method too large");
  }

  /** The Java throwable a Python exception carries as its value, or null. */
  private static Throwable javaErrorInside(PyException e) {
    Object java = e.value == null ? null : e.value.__tojava__(Throwable.class);
    return java instanceof Throwable t ? t : null;
  }

  private static RuntimeException javaExceptionInside(PyException e) {
    Throwable java = javaErrorInside(e);
    if (java instanceof RunCancelledException || java instanceof ScriptExitException) {
      return (RuntimeException) java;
    }
    return null;
  }

  private static int exitStatus(PyObject exception) {
    PyObject code = exception == null ? null : exception.__findattr__("code");
    if (code == null || code == Py.None) {
      return 0;
    }
    if (code instanceof PyInteger || code instanceof PyLong) {
      return code.asInt();
    }
    // sys.exit("message") prints the message and exits with 1, as CPython does.
    Py.getSystemState().stderr.invoke("write", Py.newStringOrUnicode(code.toString() + "\n"));
    return 1;
  }

  private static ScriptFailedException syntaxError(PyException e, PythonBridge bridge) {
    String kind = e.type.__findattr__("__name__").toString();
    String message = attribute(e.value, "msg", "invalid syntax");
    String rawFileName = attribute(e.value, "filename", "<unknown>");
    String fileName = bridge.display(rawFileName);
    int line = Integer.parseInt(attribute(e.value, "lineno", "0"));
    int offset = Integer.parseInt(attribute(e.value, "offset", "0"));
    String text = attribute(e.value, "text", "").stripTrailing();
    StringBuilder trace = new StringBuilder();
    trace.append("  File \"").append(fileName).append("\", line ").append(line).append('\n');
    if (!text.isBlank()) {
      String shown = text.stripLeading();
      int indent = text.length() - shown.length();
      trace.append("    ").append(shown).append('\n');
      trace.append("    ").append(" ".repeat(Math.max(0, offset - 1 - indent))).append("^\n");
    }
    String summary = kind + ": " + message;
    trace.append(summary);
    Python3Hint.forLine(text).ifPresent(hint -> trace.append('\n').append(hint));
    return ScriptFailedException.builder(summary)
        .at(Path.of(rawFileName), line)
        .trace(trace.toString())
        .error(kind, message)
        .nativeError(e, bridge)
        .build();
  }

  private static String attribute(PyObject value, String name, String fallback) {
    PyObject attribute = value == null ? null : value.__findattr__(name);
    return attribute == null || attribute == Py.None ? fallback : attribute.toString();
  }

  private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
