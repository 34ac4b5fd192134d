package dev.live.engine.graalpy;

import dev.live.core.engine.RunCancelledException;
import dev.live.core.engine.ScriptExitException;
import dev.live.core.engine.ScriptFailedException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * Turns a GraalPy exception into what the runner reports: the traceback exactly as CPython prints
 * it ({@code traceback.format_exception}), files shown as the runner shows them, without the
 * loader's frames.
 */
final class PyErrors {

  /** The fields of the loader's {@code describe}, in order. */
  private static final int TYPE = 0;

  private static final int MESSAGE = 1;
  private static final int TRACE = 2;
  private static final int FILE = 3;
  private static final int LINE = 4;
  private static final int FOREIGN_TRACE = 5;
  private static final int EXIT_CODE = 6;
  private static final int COMPILED_MODULE = 7;

  /** The way out when an import fails on a C extension module. */
  static final String NATIVE_MODULES =
      "C extension modules (.so files) are not supported by live's Python 3 (GraalPy): use a"
          + " pure-Python package, or run this program with CPython.";

  /** The module an import missed, its top-level package (a use() that missed says otherwise). */
  private static final Pattern MISSING_MODULE = Pattern.compile("No module named '([^'.]+)");

  private PyErrors() {}

  /** Where the module an import missed can go. */
  static String whereModulesAre(String name) {
    return "Python 3 in live imports from the main file's folder, the --path folders and a virtual"
        + " environment's site-packages (--venv DIR, $VIRTUAL_ENV or .venv beside the main file):"
        + " put "
        + name
        + ".py there, or install the package with python3.12 -m pip install --target"
        + " .venv/lib/python3.12/site-packages "
        + name
        + " (pure-Python packages only).";
  }

  /**
   * An import that failed loading a compiled module: GraalPy names the .so file or its native API.
   * (A module compiled for CPython is not even seen: the loader looks for its file instead.)
   */
  private static boolean isNativeModule(String type, String trace) {
    boolean importing =
        type.equals("ImportError") || type.equals("SystemError") || type.equals("OSError");
    String last = trace.substring(trace.lastIndexOf('\n') + 1);
    return importing && (last.contains(".so") || last.toLowerCase(Locale.ROOT).contains("native"));
  }

  /**
   * @param bridge the bridge of the run the error was raised in: the error's origin, so that it is
   *     raised as itself if it comes back there
   */
  static RuntimeException translate(PolyglotException e, boolean cancelled, PyBridge bridge) {
    if (cancelled || e.isCancelled() || e.isInterrupted()) {
      return new RunCancelledException(e);
    }
    if (e.isHostException()) {
      Throwable host = e.asHostException();
      if (host instanceof RunCancelledException
          || host instanceof ScriptExitException
          || host instanceof ScriptFailedException) {
        return (RuntimeException) host;
      }
      if (host instanceof StackOverflowError) {
        // The stack ran out in another language's frames or the bridge's: Python's own error.
        return ScriptFailedException.builder("RecursionError", "maximum recursion depth exceeded")
            .trace("RecursionError: maximum recursion depth exceeded")
            .nativeError(e, bridge)
            .build();
      }
    }
    Value error = e.isHostException() ? null : e.getGuestObject();
    // GraalPy reports sys.exit(n) as an exit of status 1 whatever n is: SystemExit.code knows.
    if (e.isExit() && (error == null || error.isNull())) {
      return new ScriptExitException(e.getExitStatus());
    }
    if (error == null || error.isNull() || e.isInternalError()) {
      return ScriptFailedException.builder(e.getClass().getSimpleName(), String.valueOf(e))
          .trace(String.valueOf(e.getMessage()))
          .nativeError(e, bridge)
          .build();
    }
    ProxyExecutable display = arguments -> bridge.displayName(arguments[0].asString());
    Value described = bridge.loader("describe").execute(error, display);
    String type = described.getArrayElement(TYPE).asString();
    if (type.equals("SystemExit")) {
      return exit(described.getArrayElement(EXIT_CODE), described.getArrayElement(MESSAGE));
    }
    String trace = described.getArrayElement(TRACE).asString();
    String message = described.getArrayElement(MESSAGE).asString();
    Matcher missed = MISSING_MODULE.matcher(message);
    if (described.getArrayElement(COMPILED_MODULE).asBoolean() || isNativeModule(type, trace)) {
      trace += "\n" + NATIVE_MODULES;
    } else if (type.equals("ModuleNotFoundError") && missed.find()) {
      trace += "\n" + whereModulesAre(missed.group(1));
    }
    Value foreignTrace = described.getArrayElement(FOREIGN_TRACE);
    if (!foreignTrace.isNull()) {
      trace += "\n\nraised by:\n" + foreignTrace.asString();
    }
    Value file = described.getArrayElement(FILE);
    return ScriptFailedException.builder(type, message)
        .at(
            file.isNull() ? null : Path.of(file.asString()),
            described.getArrayElement(LINE).asInt())
        .trace(trace)
        .nativeError(e, bridge)
        .build();
  }

  /** {@code sys.exit(code)}: a number is the status, None is 0, anything else is printed and 1. */
  private static RuntimeException exit(Value code, Value message) {
    if (code.isNull()) {
      return new ScriptExitException(0);
    }
    if (code.fitsInInt()) {
      return new ScriptExitException(code.asInt());
    }
    System.err.println(message.asString());
    return new ScriptExitException(1);
  }
}
