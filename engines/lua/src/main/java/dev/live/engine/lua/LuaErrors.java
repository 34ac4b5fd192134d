package dev.live.engine.lua;

import dev.live.core.engine.RunCancelledException;
import dev.live.core.engine.ScriptFailedException;
import dev.live.core.engine.SourceFile;
import dev.live.engine.jsr223.Jsr223Errors;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.script.ScriptException;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaValue;

/**
 * Lua errors as the runner reports them, and other languages' errors as Lua errors.
 *
 * <p>luaj writes a runtime error as {@code @main.lua:3 message} followed by {@code stack
 * traceback:}; this prints it as the {@code lua} command does, {@code main.lua:3: message}. Its
 * compile errors arrive wrapped twice in {@link ScriptException}s without a line number, as {@code
 * eval threw javax.script.ScriptException: main.lua:2: message}.
 */
final class LuaErrors {

  /** A runtime error's first line: chunk name (maybe with luaj's '@'), line, message. */
  private static final Pattern RUNTIME = Pattern.compile("^[@=]?(.+?):(\\d+) (.*)$");

  /** A compile error: {@code main.lua:2: unexpected symbol}. */
  private static final Pattern SYNTAX =
      Pattern.compile("(?:ScriptException: )?([^\\s:]+):(\\d+): (.*)$");

  private LuaErrors() {}

  /** A failure of a call from Lua into another language, as an error Lua's pcall catches. */
  static RuntimeException toLua(RuntimeException e, LuaValues values) {
    if (Jsr223Errors.runnerException(e) != null || e instanceof LuaError) {
      return e;
    }
    if (e instanceof ScriptFailedException failed) {
      if (failed.origin() == values && failed.nativeError() instanceof LuaError original) {
        return original;
      }
      return new CrossingError(failed.errorType() + ": " + failed.errorMessage(), failed);
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new CrossingError(message, e);
  }

  /** A Lua error leaving Lua through a call from another language. */
  static RuntimeException fromLua(LuaError e, LuaValues values) {
    return fromLua(e, values, Path::of);
  }

  static RuntimeException fromLua(LuaError e, LuaValues values, Function<String, Path> fileNamed) {
    RuntimeException runner = Jsr223Errors.runnerException(e);
    if (runner != null) {
      return runner;
    }
    if (stopped(e)) {
      return new RunCancelledException(e);
    }
    String text = String.valueOf(e.getMessage());
    String[] lines = text.split("\n", 2);
    Matcher first = RUNTIME.matcher(lines[0]);
    Path file = null;
    int line = 0;
    String message = lines[0];
    if (first.matches()) {
      file = fileNamed.apply(first.group(1));
      line = Integer.parseInt(first.group(2));
      message = first.group(1) + ":" + line + ": " + first.group(3);
    }
    StringBuilder trace = new StringBuilder(message);
    if (lines.length > 1) {
      trace.append('\n').append(lines[1]);
    }
    ScriptFailedException foreign = foreignCause(e);
    if (foreign != null) {
      trace.append("\n\nraised by:\n").append(foreign.scriptTrace());
      // Keeps its type, so that the language it came from catches it as its own kind again.
      return ScriptFailedException.builder(foreign.errorType() + ": " + foreign.errorMessage())
          .at(file, line)
          .trace(trace.toString())
          .error(foreign.errorType(), foreign.errorMessage())
          .nativeError(e, values)
          .build();
    }
    return ScriptFailedException.builder("LuaError: " + message)
        .at(file, line)
        .trace(trace.toString())
        .error("LuaError", message)
        .nativeError(e, values)
        .build();
  }

  /**
   * A recursion too deep for the JVM's stack, which luaj does not catch: Lua's "stack overflow", in
   * the file the run was evaluating (luaj knows no line by then).
   */
  static ScriptFailedException stackOverflow(SourceFile source) {
    String message = "stack overflow";
    return ScriptFailedException.builder("LuaError", message)
        .at(source.path(), 0)
        .trace(source.displayName() + ": " + message)
        .build();
  }

  /** luaj's compile error, which carries its file and line only in its text. */
  static ScriptFailedException syntaxError(
      ScriptException e, Path fallback, Function<String, Path> fileNamed) {
    String text = String.valueOf(e.getMessage());
    Matcher matcher = SYNTAX.matcher(text);
    Path file = fallback;
    int line = 0;
    String message = text;
    if (matcher.find()) {
      file = fileNamed.apply(matcher.group(1));
      line = Integer.parseInt(matcher.group(2));
      message = matcher.group(1) + ":" + line + ": " + matcher.group(3);
    }
    // Lua has no exception classes; "SyntaxError" is the kind other languages give this error.
    return ScriptFailedException.builder("SyntaxError: " + message)
        .at(file, line)
        .cause(e)
        .error("SyntaxError", message)
        .build();
  }

  private static boolean stopped(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof StoppableDebugLib.StopRun) {
        return true;
      }
    }
    return false;
  }

  private static ScriptFailedException foreignCause(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof ScriptFailedException failed) {
        return failed;
      }
    }
    return null;
  }

  /**
   * An error of another language inside Lua. Its message object is the plain message, which is what
   * {@code pcall} returns; the original error is the cause, for the trace.
   */
  static final class CrossingError extends LuaError {
    private static final long serialVersionUID = 1L;

    CrossingError(String message, Throwable original) {
      super(LuaValue.valueOf(message));
      this.cause = original;
    }
  }
}
