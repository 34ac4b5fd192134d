package dev.live.cli;

import dev.live.core.engine.ScriptExitException;
import dev.live.core.engine.ScriptFailedException;
import dev.live.core.modules.DisplayPath;
import dev.live.core.modules.SourceFileException;
import dev.live.core.reload.RunResult;
import dev.live.core.reload.SessionListener;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The runner's own lines on stderr: a run starting and why, how it ended, the engines' advice,
 * errors. Script output never passes through here.
 */
final class Console implements SessionListener {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
  private static final String RESET = "\u001b[0m";
  private static final String DIM = "\u001b[2m";
  private static final String RED = "\u001b[31m";
  private static final String GREEN = "\u001b[32m";
  private static final String YELLOW = "\u001b[33m";

  private final PrintWriter err;
  private final Options options;
  private final Path workingDirectory = Path.of("").toAbsolutePath();
  private final Set<String> adviceGiven = new HashSet<>();
  private String lastMissingFileMessage;

  /**
   * How the console writes.
   *
   * @param colour ANSI colours, see {@link ColourChoice}
   * @param quiet no status lines (runs, outcomes, hints); errors still
   * @param verbose Java stack traces under errors
   * @param clearScreen clear the screen before each run
   */
  record Options(boolean colour, boolean quiet, boolean verbose, boolean clearScreen) {}

  Console(PrintWriter err, Options options) {
    this.err = Objects.requireNonNull(err, "err");
    this.options = Objects.requireNonNull(options, "options");
  }

  /** A console for errors only, before a session has options: colours as {@code --color auto}. */
  static Console forErrors(PrintWriter err) {
    return new Console(
        err, new Options(ColourChoice.colours(ColourChoice.When.AUTO), false, false, false));
  }

  @Override
  public void runStarting(int number, Set<Path> changed) {
    if (options.clearScreen()) {
      // Home, clear the screen, clear the scrollback: the run's output starts on a clean screen.
      err.print("\u001b[H\u001b[2J\u001b[3J");
      err.flush();
    }
    if (options.quiet()) {
      return;
    }
    String why =
        number == 1
            ? "start"
            : changed.isEmpty()
                ? "run again by request"
                : changed.stream().map(this::display).sorted().collect(Collectors.joining(", "))
                    + " changed";
    status(DIM, "run " + number + " · " + why + " · " + LocalTime.now().format(TIME));
  }

  /** Said once the main file ran, so that a run that goes on is not taken for one that ended. */
  @Override
  public void runContinues(int number, Duration mainTime) {
    status(
        DIM,
        "running · main file evaluated in "
            + mainTime.toMillis()
            + " ms, pending work keeps run "
            + number
            + " going");
  }

  @Override
  public void runFinished(RunResult result) {
    reportOutcome(result);
    giveAdvice(result);
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
      status(YELLOW, "run " + result.number() + " stopped after " + took + " to run again");
      return;
    }
    if (error instanceof ScriptExitException exit) {
      lastMissingFileMessage = null;
      status(
          exit.status() == 0 ? GREEN : RED,
          "exited with status " + exit.status() + " in " + took + watching(result));
      return;
    }
    if (error instanceof SourceFileException unusable) {
      // A main file that cannot run yet is said once, not on every unrelated save.
      if (!unusable.getMessage().equals(lastMissingFileMessage)) {
        lastMissingFileMessage = unusable.getMessage();
        boolean missing = unusable.file() != null && Files.notExists(unusable.file());
        error(unusable.getMessage() + (missing ? " live runs it as soon as it is saved." : ""));
      }
      return;
    }
    lastMissingFileMessage = null;
    printError(error);
    status(RED, "failed in " + took + watching(result) + "; save a file to run again");
  }

  /** The engines' advice after the outcome, each text once a session: advice is not news twice. */
  private void giveAdvice(RunResult result) {
    for (String advice : result.advice()) {
      if (adviceGiven.add(advice)) {
        status(DIM, "hint: " + advice);
      }
    }
  }

  @Override
  public void warning(String message) {
    status(YELLOW, "warning: " + message);
  }

  /** A line only {@code --verbose} shows: where the options came from, say. */
  void detail(String text) {
    if (options.verbose()) {
      status(DIM, text);
    }
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
    if (options.verbose()) {
      StringWriter trace = new StringWriter();
      error.printStackTrace(new PrintWriter(trace));
      error(trace.toString());
    }
  }

  private String watching(RunResult result) {
    int files = result.watched().size();
    return options.quiet() ? "" : " · watching " + files + (files == 1 ? " file" : " files");
  }

  private static long millis(RunResult result) {
    return result.duration().toMillis();
  }

  private String display(Path path) {
    return DisplayPath.of(workingDirectory, path);
  }

  private void status(String style, String text) {
    if (options.quiet()) {
      return;
    }
    err.println(options.colour() ? style + "[live] " + text + RESET : "[live] " + text);
    err.flush();
  }

  private void error(String text) {
    err.println(options.colour() ? RED + text + RESET : text);
    err.flush();
  }
}
