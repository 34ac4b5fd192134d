package dev.live.engine.js;

import dev.live.core.engine.RunCancelledException;
import dev.live.core.engine.ScriptExitException;
import dev.live.core.engine.ScriptFailedException;
import java.nio.file.Path;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;

/** Turns a GraalJS exception into what the runner reports: a JavaScript-style error and stack. */
final class JsErrors {

  private JsErrors() {}

  static RuntimeException translate(PolyglotException e, boolean cancelled) {
    if (cancelled || e.isCancelled() || e.isInterrupted()) {
      return new RunCancelledException("run cancelled", e);
    }
    if (e.isExit()) {
      return new ScriptExitException(e.getExitStatus());
    }
    if (e.isHostException()) {
      Throwable host = e.asHostException();
      return host instanceof RuntimeException runtime
          ? runtime
          : new IllegalStateException(host.getMessage(), host);
    }
    SourceSection location = firstGuestLocation(e);
    StringBuilder trace = new StringBuilder();
    if (location != null && location.isAvailable()) {
      trace.append(location.getSource().getName()).append(':').append(location.getStartLine());
      trace.append('\n');
      String line = sourceLine(location);
      trace.append(line).append('\n');
      trace.append(" ".repeat(Math.max(0, location.getStartColumn() - 1))).append("^\n");
    }
    String message = e.getMessage() == null ? "Error" : e.getMessage();
    if (e.isSyntaxError() && !message.startsWith("SyntaxError")) {
      message = "SyntaxError: " + message;
    }
    trace.append(message);
    if (!e.isSyntaxError()) {
      for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
        if (frame.isGuestFrame() && frame.getSourceLocation() != null) {
          trace.append("\n    at ").append(describe(frame));
        }
      }
    }
    Path file = null;
    int line = 0;
    if (location != null && location.isAvailable()) {
      line = location.getStartLine();
      String path = location.getSource().getPath();
      file = path != null ? Path.of(path) : Path.of(location.getSource().getName());
    }
    return new ScriptFailedException(file, line, message, trace.toString(), e);
  }

  private static SourceSection firstGuestLocation(PolyglotException e) {
    if (e.getSourceLocation() != null) {
      return e.getSourceLocation();
    }
    for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
      if (frame.isGuestFrame() && frame.getSourceLocation() != null) {
        return frame.getSourceLocation();
      }
    }
    return null;
  }

  private static String sourceLine(SourceSection location) {
    try {
      return location.getSource().getCharacters(location.getStartLine()).toString();
    } catch (RuntimeException e) {
      // A section without line information (an internal source): show no source line.
      return "";
    }
  }

  private static String describe(PolyglotException.StackFrame frame) {
    SourceSection at = frame.getSourceLocation();
    String where = at.getSource().getName() + ":" + at.getStartLine() + ":" + at.getStartColumn();
    String name = frame.getRootName();
    boolean topLevel = name == null || name.isEmpty() || name.startsWith(":");
    return topLevel ? where : name + " (" + where + ")";
  }
}
