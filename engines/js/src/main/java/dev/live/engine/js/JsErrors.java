package dev.live.engine.js;

import dev.live.core.engine.RunCancelledException;
import dev.live.core.engine.ScriptExitException;
import dev.live.core.engine.ScriptFailedException;
import java.nio.file.Path;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;

/** Turns a GraalJS exception into what the runner reports: a JavaScript-style error and stack. */
final class JsErrors {

  private JsErrors() {}

  /**
   * @param bridge the bridge of the context the error was raised in: the error's origin, so that it
   *     is rethrown as itself if it comes back there
   */
  static RuntimeException translate(PolyglotException e, boolean cancelled, JsBridge bridge) {
    if (cancelled || e.isCancelled() || e.isInterrupted()) {
      return new RunCancelledException(e);
    }
    if (e.isExit()) {
      return new ScriptExitException(e.getExitStatus());
    }
    String type = "Error";
    String text = e.getMessage() == null ? "" : e.getMessage();
    String foreignTrace = null;
    Value error = e.isHostException() ? null : e.getGuestObject();
    if (error != null && error.hasMembers()) {
      foreignTrace = stringMember(error, "liveForeignTrace", null);
    }
    // A SyntaxError that crossed from another module is thrown, not a parse error of this file.
    boolean parseError = e.isSyntaxError() && foreignTrace == null;
    if (e.isHostException()) {
      Throwable host = e.asHostException();
      if (host instanceof RunCancelledException || host instanceof ScriptExitException) {
        return (RuntimeException) host;
      }
      if (host instanceof ScriptFailedException failed) {
        return failed;
      }
      if (host instanceof StackOverflowError) {
        // The stack ran out in another language's frames or the bridge's: JavaScript's own error
        // for it, whichever frames it struck in.
        type = "RangeError";
        text = "Maximum call stack size exceeded";
      } else {
        // A Java method the script called threw: report it at the script's line.
        type = host.getClass().getSimpleName();
        text = String.valueOf(host.getMessage());
      }
    } else if (parseError) {
      type = "SyntaxError";
      // GraalJS puts "file:line:column " before the message and the source line after it; the
      // trace shows both already.
      text = text.lines().findFirst().orElse("");
      text = text.startsWith("SyntaxError: ") ? text.substring(13) : text;
      text = text.replaceFirst("^\\S+:\\d+:\\d+ ", "");
    } else if (error != null && error.hasMembers()) {
      type = stringMember(error, "name", type);
      text = stringMember(error, "message", text);
    } else if (error != null) {
      // `throw "text"` and other non-Error values.
      text = error.toString();
    }
    SourceSection location = firstGuestLocation(e);
    // Also when located: a use() of a module whose import is missing fails at the use() line.
    MissingImport missing = error != null ? MissingImport.of(text).orElse(null) : null;
    if (missing != null) {
      text = missing.message();
    }
    String message = ScriptFailedException.summary(type, text);
    StringBuilder trace = new StringBuilder();
    if (location != null && location.isAvailable()) {
      trace.append(location.getSource().getName()).append(':').append(location.getStartLine());
      trace.append('\n').append(sourceLine(location)).append('\n');
      trace.append(" ".repeat(Math.max(0, location.getStartColumn() - 1))).append("^\n\n");
    } else if (location == null && missing != null && missing.line() > 0) {
      trace.append(missing.importer()).append(':').append(missing.line());
      trace.append('\n').append(missing.source()).append("\n\n");
    }
    trace.append(message);
    if (!parseError) {
      for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
        if (isScriptFrame(frame)) {
          trace.append("\n    at ").append(describe(frame));
        }
      }
    }
    if (foreignTrace != null) {
      trace.append("\n\nraised by:\n").append(foreignTrace);
    }
    Path file = null;
    int line = 0;
    if (location != null && location.isAvailable()) {
      line = location.getStartLine();
      String path = location.getSource().getPath();
      file = path != null ? Path.of(path) : Path.of(location.getSource().getName());
    } else if (location == null && missing != null) {
      file = missing.importer();
      line = missing.line();
    }
    return ScriptFailedException.builder(type, text)
        .at(file, line)
        .trace(trace.toString())
        .nativeError(e, bridge)
        .code(missing != null ? MissingImport.CODE : null)
        .build();
  }

  private static String stringMember(Value object, String name, String fallback) {
    try {
      Value member = object.getMember(name);
      return member != null && member.isString() ? member.asString() : fallback;
    } catch (PolyglotException e) {
      // A getter that throws: the error is still reported, with the fallback text.
      return fallback;
    }
  }

  private static SourceSection firstGuestLocation(PolyglotException e) {
    SourceSection location = e.getSourceLocation();
    if (location != null && !location.getSource().isInternal()) {
      return location;
    }
    for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
      if (isScriptFrame(frame)) {
        return frame.getSourceLocation();
      }
    }
    return null;
  }

  /** A frame of the user's JavaScript: not Java, not an engine or bridge internal. */
  private static boolean isScriptFrame(PolyglotException.StackFrame frame) {
    return frame.isGuestFrame()
        && frame.getSourceLocation() != null
        && !frame.getSourceLocation().getSource().isInternal();
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
