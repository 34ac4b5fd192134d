package dev.live.cli;

import dev.live.core.engine.ScriptExitException;
import dev.live.core.engine.ScriptFailedException;
import dev.live.core.reload.RunResult;
import dev.live.core.reload.SessionListener;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code --events FILE}: one JSON object per line for the session's start and end and each run's
 * start and end, appended to FILE (a descriptor as {@code /dev/fd/3}), flushed line by line. The
 * schema is in docs/reference.md; a write that fails is said once and the session goes on.
 */
final class EventLog implements SessionListener, AutoCloseable {

  private final Path file;
  private final Writer out;
  private final Consumer<String> warning;
  private boolean broken;

  private EventLog(Path file, Writer out, Consumer<String> warning) {
    this.file = file;
    this.out = out;
    this.warning = warning;
  }

  /**
   * Opens FILE for appending, creating it if needed.
   *
   * @throws UsageException when it cannot be opened
   */
  static EventLog open(Path file, Consumer<String> warning) {
    try {
      OutputStream stream =
          Files.newOutputStream(
              file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
      return new EventLog(file, new OutputStreamWriter(stream, StandardCharsets.UTF_8), warning);
    } catch (IOException | UnsupportedOperationException e) {
      throw new UsageException(
          "--events " + file + " cannot be written (" + e.getMessage() + "); give a file path");
    }
  }

  void sessionStarted(Path main) {
    write(
        JsonLine.event("session-start")
            .field("main", main.toString())
            .field("pid", ProcessHandle.current().pid()));
  }

  void sessionEnded(int status) {
    write(JsonLine.event("session-end").field("status", status));
  }

  @Override
  public void runStarting(int number, Set<Path> changed) {
    String trigger = number == 1 ? "start" : changed.isEmpty() ? "request" : "change";
    write(
        JsonLine.event("run-start")
            .field("run", number)
            .field("trigger", trigger)
            .field("changed", changed.stream().map(Path::toString).sorted().toList()));
  }

  @Override
  public void runFinished(RunResult result) {
    Throwable error = result.error();
    JsonLine line =
        JsonLine.event("run-end")
            .field("run", result.number())
            .field("outcome", outcome(result))
            .field("durationMs", result.duration().toMillis())
            .field("watched", result.watched().size());
    if (error instanceof ScriptExitException exit) {
      line.field("exitStatus", exit.status());
    } else if (error != null && !result.cancelled()) {
      line.field("errorType", errorType(error)).field("message", errorMessage(error));
      if (error instanceof ScriptFailedException failed && failed.file().isPresent()) {
        // Engines may name the file relative to the working folder, which is live's own.
        Path file = failed.file().get().toAbsolutePath();
        line.field("file", file.toString()).field("line", failed.line());
      }
    }
    write(line);
  }

  private static String outcome(RunResult result) {
    if (result.succeeded()) {
      return "ok";
    }
    if (result.cancelled()) {
      return "cancelled";
    }
    return result.error() instanceof ScriptExitException ? "exit" : "error";
  }

  private static String errorType(Throwable error) {
    return error instanceof ScriptFailedException failed
        ? failed.errorType()
        : error.getClass().getSimpleName();
  }

  /** The message without its type, which some engines leave in front of it. */
  private static String errorMessage(Throwable error) {
    if (!(error instanceof ScriptFailedException failed)) {
      return String.valueOf(error.getMessage());
    }
    String typed = failed.errorType() + ": ";
    String message = failed.errorMessage();
    return message.startsWith(typed) ? message.substring(typed.length()) : message;
  }

  @Override
  public void warning(String message) {
    write(JsonLine.event("warning").field("message", message));
  }

  private synchronized void write(JsonLine line) {
    if (broken) {
      return;
    }
    try {
      out.write(line.field("time", Instant.now().toString()).toString());
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      broken = true;
      warning.accept("events to " + file + " stopped: " + e.getMessage());
    }
  }

  @Override
  public synchronized void close() {
    try {
      out.close();
    } catch (IOException e) {
      // The reader went away; nothing is left to tell it.
    }
  }
}
