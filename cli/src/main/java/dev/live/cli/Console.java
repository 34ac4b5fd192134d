package dev.live.cli;

import dev.live.core.engine.ScriptExitException;
import dev.live.core.engine.ScriptFailedException;
import dev.live.core.modules.SourceFileException;
import dev.live.core.reload.RunResult;
import dev.live.core.reload.SessionListener;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The runner's own lines on stderr: a run starting and why, how it ended, errors. Script output
 * never passes through here.
 */
final class Console implements SessionListener {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
  private static final String RESET = "\u001b[0m";
  private static final String DIM = "\u001b[2m";
  private static final String RED = "\u001b[31m";
  private static final String GREEN = "\u001b[32m";
  private static final String YELLOW = "\u001b[33m";

  /** A run this long is worth compiling. */
  private static final Duration SLOW_RUN = Duration.ofSeconds(1);

  private final PrintWriter err;
  private final boolean colour;
  private final boolean quiet;
  private final boolean verbose;
  private final boolean clear;
  private final boolean offerJit;
  private final Path workingDirectory = Path.of("").toAbsolutePath();
  private String lastMissingFileMessage;
  private boolean jitOffered;

  /**
   * {@code offerJit}: the launcher found that {@code LIVE_JIT=graal} would work on this JVM, and it
   * is off; the first slow JavaScript run then says so.
   */
  Console(
      PrintWriter err,
      boolean colour,
      boolean quiet,
      boolean verbose,
      boolean clear,
      boolean offerJit) {
    this.err = err;
    this.clear = clear;
    this.colour = colour;
    this.quiet = quiet;
    this.verbose = verbose;
    this.offerJit = offerJit;
  }

  /** A console for errors only, before a session has options: coloured as {@link #colours()}. */
  static Console forErrors(PrintWriter err) {
    return new Console(err, colours(), false, false, false, false);
  }

  /** The launcher's word that the Graal JIT is available and off ({@code -Dlive.jit=available}). */
  static boolean jitAvailable() {
    return "available".equals(System.getProperty("live.jit"));
  }

  /** Colour when stderr is a terminal and NO_COLOR is not set. */
  static boolean colours() {
    String noColor = System.getenv("NO_COLOR");
    return System.console() != null && (noColor == null || noColor.isEmpty());
  }

  @Override
  public void runStarting(int number, Set<Path> changed) {
    if (clear) {
      // Home, clear the screen, clear the scrollback: the run's output starts on a clean screen.
      err.print("\u001b[H\u001b[2J\u001b[3J");
      err.flush();
    }
    if (quiet) {
      return;
    }
    String why =
        changed.isEmpty()
            ? "start"
            : changed.stream().map(this::display).sorted().collect(Collectors.joining(", "))
                + " changed";
    status(DIM, "run " + number + " · " + why + " · " + LocalTime.now().format(TIME));
  }

  @Override
  public void runFinished(RunResult result) {
    reportOutcome(result);
    offerJitAfterSlowJavaScript(result);
  }

  private void reportOutcome(RunResult result) {
    String took = millis(result) + " ms";
    Throwable error = result.error();
    if (error == null) {
      lastMissingFileMessage = null;
      status(GREEN, "ok in " + took + watching(result));
      return;
    }
    if (result.cancelled()) {
      status(YELLOW, "run " + result.number() + " stopped after " + took + ": a file changed");
      return;
    }
    if (error instanceof ScriptExitException exit) {
      lastMissingFileMessage = null;
      status(
          exit.status() == 0 ? GREEN : RED,
          "exited with status " + exit.status() + " in " + took + watching(result));
      return;
    }
    if (error instanceof SourceFileException missing) {
      // A main file that does not exist yet is said once, not on every unrelated save.
      if (!missing.getMessage().equals(lastMissingFileMessage)) {
        lastMissingFileMessage = missing.getMessage();
        error(missing.getMessage() + " live runs it as soon as it is saved.");
      }
      return;
    }
    lastMissingFileMessage = null;
    printError(error);
    status(RED, "failed in " + took + watching(result) + "; save a file to run again");
  }

  /**
   * GraalJS runs interpreted unless the user starts live with the Graal compiler, which costs a
   * third of a second at every start; a user whose JavaScript is slow should learn it exists.
   */
  private void offerJitAfterSlowJavaScript(RunResult result) {
    if (!offerJit
        || jitOffered
        || result.duration().compareTo(SLOW_RUN) < 0
        || result.watched().stream().noneMatch(Console::isJavaScript)) {
      return;
    }
    jitOffered = true;
    status(
        DIM,
        "hint: JavaScript runs interpreted; LIVE_JIT=graal compiles hot code, 4 to 20 times faster,"
            + " for a start about 0.3 s slower");
  }

  private static boolean isJavaScript(Path file) {
    // Watched paths include folders looked into, the file system's root among them.
    Path name = file.getFileName();
    return name != null && (name.toString().endsWith(".js") || name.toString().endsWith(".mjs"));
  }

  @Override
  public void warning(String message) {
    status(YELLOW, "warning: " + message);
  }

  void fatal(String message) {
    error("live: " + message);
  }

  void goodbye() {
    System.out.flush();
    status(DIM, "stopped");
  }

  private void printError(Throwable error) {
    if (error instanceof ScriptFailedException failed) {
      error(failed.scriptTrace());
    } else {
      error(error.getClass().getSimpleName().replace("Exception", "") + ": " + error.getMessage());
    }
    if (verbose) {
      StringWriter trace = new StringWriter();
      error.printStackTrace(new PrintWriter(trace));
      error(trace.toString());
    }
  }

  private String watching(RunResult result) {
    int files = result.watched().size();
    return quiet ? "" : " · watching " + files + (files == 1 ? " file" : " files");
  }

  private static long millis(RunResult result) {
    return result.duration().toMillis();
  }

  private String display(Path path) {
    return path.startsWith(workingDirectory)
        ? workingDirectory.relativize(path).toString()
        : path.toString();
  }

  private void status(String style, String text) {
    if (quiet) {
      return;
    }
    err.println(colour ? style + "[live] " + text + RESET : "[live] " + text);
    err.flush();
  }

  private void error(String text) {
    err.println(colour ? RED + text + RESET : text);
    err.flush();
  }
}
