package dev.live.engine.graalpy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.engine.EngineAdapter;
import dev.live.core.engine.EngineRegistry;
import dev.live.core.reload.LiveSession;
import dev.live.core.reload.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A module a save did not change is not parsed again in the next run's fresh context, even after a
 * full collection, and a changed one is: told by the engine's own source-cache trace.
 */
class PySourcesIT {

  @TempDir Path dir;

  private final List<String> trace = new CopyOnWriteArrayList<>();
  private LiveSession session;

  @AfterEach
  void close() {
    if (session != null) {
      session.close();
    }
  }

  @Test
  void anUnchangedModuleKeepsItsParseAcrossRunsAndAChangedOneIsParsedAgain() throws IOException {
    Path fib = write("fib.py", "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n");
    Path main = write("main.py", "value = use('fib').fib(10)\n");

    assertParseKeptThenRedone(main, fib, 55, "def fib(n):\n    return 7\n", 7);
    // The main file, the same in all three runs, was parsed in the first alone.
    assertThat(events("source-cache-miss", main)).hasSize(1);
    assertThat(events("source-cache-hit", main)).hasSize(2);
  }

  @Test
  void aModuleAnImportStatementLoadsKeepsItsParseToo() throws IOException {
    Path util = write("util.py", "def twice(n):\n    return 2 * n\n");
    Path main = write("main.py", "import util\nvalue = util.twice(21)\n");

    assertParseKeptThenRedone(main, util, 42, "def twice(n):\n    return 3 * n\n", 63);
  }

  /**
   * Two runs of {@code main} give {@code value}, {@code module} parsed in the first only; then
   * {@code module} changed to {@code changed} is parsed again and gives {@code changedValue}.
   */
  private void assertParseKeptThenRedone(
      Path main, Path module, int value, String changed, int changedValue) throws IOException {
    session = session(main);
    assertThat(run().exports().get("value")).isEqualTo(value);
    // What a save minutes later finds: a collection has cleared every weakly held parse.
    System.gc();
    assertThat(run().exports().get("value")).isEqualTo(value);

    assertThat(events("source-cache-miss", module)).hasSize(1);
    assertThat(events("source-cache-hit", module)).hasSize(1);

    Files.writeString(module, changed);
    assertThat(run().exports().get("value")).isEqualTo(changedValue);
    assertThat(events("source-cache-miss", module)).hasSize(2);
  }

  private RunResult run() {
    RunResult result = session.runOnce();
    assertThat(result.error()).isNull();
    return result;
  }

  /** The engine's trace lines of {@code kind} for {@code file}. */
  private List<String> events(String kind, Path file) {
    return trace.stream()
        .filter(line -> line.contains(kind + " ") && line.contains(file.toString()))
        .toList();
  }

  private LiveSession session(Path main) {
    Engine engine =
        Engine.newBuilder("python")
            .option("engine.WarnInterpreterOnly", "false")
            .option("engine.TraceSourceCacheDetails", "true")
            .logHandler(
                new Handler() {
                  @Override
                  public void publish(LogRecord record) {
                    trace.add(record.getMessage());
                  }

                  @Override
                  public void flush() {}

                  @Override
                  public void close() {}
                })
            .build();
    EngineAdapter adapter = new GraalPyEngineAdapter(engine);
    return LiveSession.builder(
            main, new EngineRegistry(List.of(SharedGraalPy.provider(() -> adapter))))
        .workingDirectory(dir)
        .build();
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }
}
