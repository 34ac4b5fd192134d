package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The real {@code live} distribution in its own process, with its output read line by line. Every
 * wait has a bound; {@link #close()} always kills the process.
 */
final class LiveProcess implements AutoCloseable {

  static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final Process process;
  private final Thread outPump;
  private final Thread errPump;
  private final BlockingQueue<String> out = new LinkedBlockingQueue<>();
  private final BlockingQueue<String> err = new LinkedBlockingQueue<>();
  private final List<String> transcript = Collections.synchronizedList(new ArrayList<>());

  private LiveProcess(Process process) {
    this.process = process;
    outPump = pump(process.getInputStream(), out, "out| ");
    errPump = pump(process.getErrorStream(), err, "err| ");
  }

  /** Starts {@code live ARGS} in {@code workingDirectory}. */
  static LiveProcess start(Path workingDirectory, String... args) throws IOException {
    return start(workingDirectory, Map.of(), args);
  }

  /** Starts {@code live ARGS} in {@code workingDirectory} with extra environment variables. */
  static LiveProcess start(Path workingDirectory, Map<String, String> environment, String... args)
      throws IOException {
    String home = System.getProperty("live.home");
    assertThat(home).as("system property live.home (set by the build)").isNotNull();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(Path.of(home, "lib").toAbsolutePath() + "/*");
    command.add("dev.live.cli.Main");
    command.addAll(List.of(args));
    return startCommand(workingDirectory, environment, command);
  }

  /**
   * Starts {@code live ARGS} through the launcher, as users start it (the JVM and options it
   * picks), with class sharing off and its cache in {@code cache}; the distribution Maven built is
   * taken as fresh.
   */
  static LiveProcess launch(Path workingDirectory, Path cache, String... args) throws IOException {
    Path dist = Path.of(System.getProperty("live.home"));
    Path launcher = Path.of(System.getProperty("live.examples")).getParent().resolve("live");
    // The launcher rebuilds when sources are newer than this stamp; Maven has just built it all.
    Files.writeString(dist.resolve(".built"), "");
    shareLinkedRuntimes(cache);
    List<String> command = new ArrayList<>(List.of(launcher.toString()));
    command.addAll(List.of(args));
    return startCommand(
        workingDirectory, Map.of("XDG_CACHE_HOME", cache.toString(), "LIVE_CDS", "off"), command);
  }

  /**
   * Points the launcher's folder of Java runtimes linked for the Graal compiler, in {@code cache},
   * at one folder all tests share, so that one test links a runtime (seconds, 170 MB) for all.
   */
  static void shareLinkedRuntimes(Path cache) throws IOException {
    Path shared =
        Path.of(System.getProperty("live.home")).getParent().resolve("it-linked-runtimes");
    Files.createDirectories(shared);
    Path runtimes = Files.createDirectories(cache.resolve("live")).resolve("jdk");
    if (!Files.exists(runtimes, LinkOption.NOFOLLOW_LINKS)) {
      Files.createSymbolicLink(runtimes, shared);
    }
    try (Stream<Path> images = Files.list(shared)) {
      if (images.noneMatch(image -> Files.isExecutable(image.resolve("bin/java")))) {
        linkBeforeTheTestWaits(cache);
      }
    }
  }

  /**
   * Has the launcher link its runtime, if it needs one and none is linked yet, before a test's
   * bounded waits begin: linking takes seconds, minutes on a loaded machine.
   */
  private static void linkBeforeTheTestWaits(Path cache) throws IOException {
    Path launcher = Path.of(System.getProperty("live.examples")).getParent().resolve("live");
    ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "--version");
    builder.environment().put("XDG_CACHE_HOME", cache.toString());
    builder.environment().put("LIVE_CDS", "off");
    Process process = builder.redirectErrorStream(true).redirectOutput(Redirect.DISCARD).start();
    try {
      if (!process.waitFor(300, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the launcher did not link its runtime within 300 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      process.destroyForcibly();
    }
  }

  /** Starts {@code command}, which starts live some other way (through the launcher, say). */
  static LiveProcess startCommand(
      Path workingDirectory, Map<String, String> environment, List<String> command)
      throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
    builder.environment().put("NO_COLOR", "1");
    builder.environment().putAll(environment);
    return new LiveProcess(builder.start());
  }

  private Thread pump(InputStream stream, BlockingQueue<String> lines, String prefix) {
    Thread thread =
        new Thread(
            () -> {
              try (BufferedReader reader =
                  new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                  transcript.add(prefix + line);
                  lines.add(line);
                }
              } catch (IOException e) {
                transcript.add(prefix + "(stream closed: " + e.getMessage() + ")");
              }
            },
            "live-process-" + prefix.trim());
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /** Waits for this exact line on stdout, skipping the lines before it. */
  void awaitOut(String line) throws InterruptedException {
    await(out, line::equals, "stdout line '" + line + "'", TIMEOUT);
  }

  /** Waits at most {@code bound} for this exact line on stdout, and says how long it took. */
  Duration awaitOutWithin(String line, Duration bound) throws InterruptedException {
    long start = System.nanoTime();
    await(out, line::equals, "stdout line '" + line + "'", bound);
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** Waits for a stdout line matching {@code pattern}, and returns it. */
  String awaitOutMatching(String pattern) throws InterruptedException {
    return await(out, l -> l.matches(pattern), "stdout line matching " + pattern, TIMEOUT);
  }

  /** Waits for a stderr line containing {@code text}, skipping the lines before it. */
  String awaitErr(String text) throws InterruptedException {
    return awaitErrWithin(text, TIMEOUT);
  }

  /** Waits at most {@code bound} for a stderr line containing {@code text}. */
  String awaitErrWithin(String text, Duration bound) throws InterruptedException {
    return await(err, l -> l.contains(text), "stderr line containing '" + text + "'", bound);
  }

  private String await(
      BlockingQueue<String> lines, Predicate<String> wanted, String what, Duration bound)
      throws InterruptedException {
    long deadline = System.nanoTime() + bound.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      String line = left > 0 ? lines.poll(left, TimeUnit.NANOSECONDS) : null;
      if (line == null) {
        fail("no " + what + " within " + bound + "; transcript:\n" + transcript());
      }
      if (wanted.test(line)) {
        return line;
      }
    }
  }

  /** The one place where these tests check that nothing happens: no new stderr line. */
  void assertNoStatusWithin(Duration quiet) throws InterruptedException {
    String line = err.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
    assertThat(line).as("no new status line expected; transcript:\n%s", transcript()).isNull();
  }

  /** Writes {@code text} to live's standard input, as typing it in the terminal does. */
  void type(String text) throws IOException {
    process.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().flush();
  }

  long pid() {
    return process.pid();
  }

  /** Sends SIGINT, as Ctrl-C in a terminal does. */
  void interrupt() throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start();
    assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
  }

  int awaitExit() throws InterruptedException {
    if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
      fail("live did not exit within " + TIMEOUT + "; transcript:\n" + transcript());
    }
    return process.exitValue();
  }

  /** All of stdout so far, each line ending in a newline; call after {@link #awaitExit()}. */
  String stdout() throws InterruptedException {
    return drained(outPump, "out| ");
  }

  /** All of stderr so far, each line ending in a newline; call after {@link #awaitExit()}. */
  String stderr() throws InterruptedException {
    return drained(errPump, "err| ");
  }

  private String drained(Thread pump, String prefix) throws InterruptedException {
    // The reader thread may still be draining the pipe after the process ended.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (pump.isAlive() && System.nanoTime() < deadline) {
      pump.join(100);
    }
    StringBuilder text = new StringBuilder();
    synchronized (transcript) {
      for (String line : transcript) {
        if (line.startsWith(prefix)) {
          text.append(line.substring(prefix.length())).append('\n');
        }
      }
    }
    return text.toString();
  }

  String transcript() {
    synchronized (transcript) {
      return String.join("\n", transcript);
    }
  }

  @Override
  public void close() throws InterruptedException {
    // A command that started live has it as a child: it goes too.
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }
}
