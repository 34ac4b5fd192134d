package dev.live.cli;

import dev.live.core.concurrent.QueuedInput;
import dev.live.core.reload.RunResult;
import dev.live.core.reload.SessionListener;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Standard input on a terminal, shared by the scripts and the runner. Until {@link #share} it
 * passes reads straight through. Once shared, one thread, "live-terminal", reads it line by line:
 * {@code rs} asks for a run at any time; an empty line (Enter) asks for one when no run is going;
 * every other line, and Enter during a run, is the running script's input. Lines typed for a run
 * that it did not read are dropped when the next run starts. In the background of its terminal it
 * reads nothing until brought to the foreground.
 *
 * <p>It is {@link System#in} from the start of {@code main}, before an engine keeps a reference to
 * standard input.
 */
final class TerminalInput extends InputStream implements SessionListener {

  static final String RUN_AGAIN = "rs";
  private static final Duration FOREGROUND_CHECK = Duration.ofMillis(500);

  private final InputStream terminal;
  private final QueuedInput forScripts = new QueuedInput();
  private volatile Runnable runAgain;
  private volatile boolean runGoing;

  private TerminalInput(InputStream terminal) {
    this.terminal = terminal;
  }

  /** Makes standard input one of these when it is a terminal; the one installed, if any. */
  static synchronized Optional<TerminalInput> installIfTerminal() {
    if (System.in instanceof TerminalInput installed) {
      return Optional.of(installed);
    }
    if (!Terminals.stdin()) {
      return Optional.empty();
    }
    TerminalInput input = new TerminalInput(System.in);
    System.setIn(input);
    return Optional.of(input);
  }

  /** Starts reading lines, handing run requests to {@code runAgain}. Call once, before runs. */
  void share(Runnable runAgain) {
    this.runAgain = runAgain;
    Thread reader = new Thread(this::readLines, "live-terminal");
    reader.setDaemon(true);
    reader.start();
  }

  @Override
  public void runStarting(int number, Set<Path> changed) {
    forScripts.discardUnread();
    runGoing = true;
  }

  @Override
  public void runFinished(RunResult result) {
    runGoing = false;
  }

  @Override
  public int read() throws IOException {
    return runAgain == null ? terminal.read() : forScripts.read();
  }

  @Override
  public int read(byte[] target, int offset, int length) throws IOException {
    return runAgain == null
        ? terminal.read(target, offset, length)
        : forScripts.read(target, offset, length);
  }

  private void readLines() {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    try {
      awaitForeground();
      for (int next = terminal.read(); next >= 0; next = terminal.read()) {
        line.write(next);
        if (next == '\n') {
          route(line.toByteArray());
          line.reset();
          awaitForeground();
        }
      }
    } catch (IOException e) {
      // The terminal went away: for the scripts that is the end of their input.
    }
    forScripts.add(line.toByteArray());
    forScripts.end();
  }

  /**
   * Reads nothing while {@code live} runs in the background: a read would stop the whole process.
   * Checked twice a second, as no event says that a job was brought to the foreground.
   */
  private static void awaitForeground() throws InterruptedIOException {
    try {
      while (Terminals.inBackground()) {
        Thread.sleep(FOREGROUND_CHECK.toMillis());
      }
    } catch (InterruptedException e) {
      throw new InterruptedIOException("waiting for the foreground was interrupted");
    }
  }

  private void route(byte[] line) {
    String typed = new String(line, StandardCharsets.UTF_8).strip();
    if (typed.equals(RUN_AGAIN) || (typed.isEmpty() && !runGoing)) {
      runAgain.run();
    } else if (runGoing) {
      forScripts.add(line);
    }
  }
}
