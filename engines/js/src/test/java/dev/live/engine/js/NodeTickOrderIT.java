package dev.live.engine.js;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.reload.EngineSessions;
import dev.live.core.reload.LiveSession;
import dev.live.core.reload.RunResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code process.nextTick} against promise jobs, timers and immediates, in Node's order: for a
 * CommonJS main the ticks its top level queued run before its promise jobs, for an ES module after
 * them (its evaluation is itself a promise job). Each order is what node 20 prints; where node is
 * installed, the test also checks that it still prints that.
 */
class NodeTickOrderIT {

  /** Every callback records its name in the kept list {@code seen}. */
  private static final String SCRIPT =
      """
      const seen = live.keep('seen', () => []);
      const log = (entry) => seen.push(entry);
      Promise.resolve().then(() => log('promise'));
      process.nextTick(() => log('tick'));
      queueMicrotask(() => log('microtask'));
      process.nextTick(() => {
        log('tick 2');
        Promise.resolve().then(() => log('promise of tick 2'));
        process.nextTick(() => log('tick of tick 2'));
      });
      (async () => {
        await null;
        log('await');
        process.nextTick(() => log('tick after await'));
      })();
      setTimeout(() => {
        log('timeout');
        Promise.resolve().then(() => {
          log('promise in timeout');
          process.nextTick(() => log('tick of promise'));
          Promise.resolve().then(() => log('promise of promise'));
        });
        process.nextTick(() => log('tick in timeout'));
        setImmediate(() => {
          log('immediate');
          Promise.resolve().then(() => log('promise in immediate'));
          process.nextTick(() => log('tick in immediate'));
        });
      }, 0);
      log('sync');
      """;

  /** Under node, {@code live.keep} is a list printed when the process exits. */
  private static final String NODE_PRELUDE =
      "globalThis.live = { keep: (name, make) => { const kept = make();"
          + " process.on('exit', () => console.log(kept.join('\\n'))); return kept; } };\n";

  private static final List<String> AFTER_MAIN =
      List.of(
          "timeout",
          "tick in timeout",
          "promise in timeout",
          "promise of promise",
          "tick of promise",
          "immediate",
          "tick in immediate",
          "promise in immediate");

  @TempDir Path dir;

  @RegisterExtension final EngineSessions sessions = new EngineSessions(() -> dir);

  @Test
  void aCommonJsMainRunsItsTicksBeforeItsPromiseJobs() throws Exception {
    List<String> expected =
        concat(
            List.of(
                "sync",
                "tick",
                "tick 2",
                "tick of tick 2",
                "promise",
                "microtask",
                "await",
                "promise of tick 2",
                "tick after await"),
            AFTER_MAIN);

    assertThat(seenBy("main.js")).isEqualTo(expected);
    assertThat(nodePrints("node.js")).isIn(null, expected);
  }

  @Test
  void anEsModuleMainRunsItsPromiseJobsBeforeItsTicks() throws Exception {
    List<String> expected =
        concat(
            List.of(
                "sync",
                "promise",
                "microtask",
                "await",
                "tick",
                "tick 2",
                "tick after await",
                "tick of tick 2",
                "promise of tick 2"),
            AFTER_MAIN);

    assertThat(seenBy("main.mjs")).isEqualTo(expected);
    assertThat(nodePrints("node.mjs")).isIn(null, expected);
  }

  private List<String> seenBy(String name) throws Exception {
    LiveSession session = sessions.open(sessions.write(name, SCRIPT));
    RunResult result = session.runOnce();
    assertThat(result.error()).isNull();
    return session.state().get("seen") instanceof List<?> seen ? strings(seen) : null;
  }

  /** The order node prints for the script, or null without node. */
  private List<String> nodePrints(String name) throws Exception {
    Path script = Files.writeString(dir.resolve(name), NODE_PRELUDE + SCRIPT);
    String printed = InstalledNode.output(script);
    return printed == null ? null : List.of(printed.strip().split("\n"));
  }

  private static List<String> strings(List<?> values) {
    return values.stream().map(String::valueOf).toList();
  }

  private static List<String> concat(List<String> first, List<String> second) {
    return Stream.concat(first.stream(), second.stream()).toList();
  }
}
