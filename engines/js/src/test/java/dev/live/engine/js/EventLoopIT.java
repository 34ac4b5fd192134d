package dev.live.engine.js;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.engine.ScriptExitException;
import dev.live.core.engine.ScriptFailedException;
import dev.live.core.reload.EngineSessions;
import dev.live.core.reload.LiveSession;
import dev.live.core.reload.RunResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The event loop of a JavaScript run on the real GraalJS: Node's order, a run that lasts while
 * timers remain, and errors of callbacks and rejections with their file and line.
 */
class EventLoopIT {

  @TempDir Path dir;

  @RegisterExtension final EngineSessions sessions = new EngineSessions(() -> dir);

  private RunResult run(String main) throws IOException {
    return sessions.runOnce(sessions.write("main.js", main));
  }

  @Test
  void callbacksRunInNodesOrder() throws IOException {
    RunResult result =
        run(
            """
            var log = [];
            setTimeout(() => {
              log.push('timeout');
              setTimeout(() => log.push('timeout in timeout'), 0);
              setImmediate(() => log.push('immediate in timeout'));
              process.nextTick(() => log.push('tick in timeout'));
              Promise.resolve().then(() => log.push('micro in timeout'));
            }, 0);
            Promise.resolve().then(() => log.push('micro'));
            log.push('sync');
            """);

    assertThat(result.error()).isNull();
    // What node 20 prints for the same script.
    assertThat(result.exports().get("log"))
        .asList()
        .containsExactly(
            "sync",
            "micro",
            "timeout",
            "tick in timeout",
            "micro in timeout",
            "immediate in timeout",
            "timeout in timeout");
  }

  @Test
  void timersFireByDueTimeIntervalsRepeatUntilClearedAndUnrefTimersDoNotKeepTheRun()
      throws IOException {
    RunResult result =
        run(
            """
            var log = [];
            setTimeout(() => log.push('30'), 30);
            setTimeout(() => log.push('15'), 15);
            const never = setTimeout(() => log.push('cleared'), 5);
            clearTimeout(never);
            let n = 0;
            const ticker = setInterval(() => {
              log.push('tick ' + ++n);
              if (n === 3) clearInterval(ticker);
            }, 40);
            const idle = setTimeout(() => log.push('unref fired'), 60000).unref();
            var refs = [idle.hasRef(), ticker.hasRef()].join();
            """);

    assertThat(result.error()).isNull();
    assertThat(result.exports().get("log"))
        .asList()
        .containsExactly("15", "30", "tick 1", "tick 2", "tick 3");
    assertThat(result.exports().get("refs")).isEqualTo("false,true");
  }

  @Test
  void aPromiseChainAwaitsTimersAndAnAbortStopsAWait() throws IOException {
    RunResult result =
        run(
            """
            const { setTimeout: sleep } = globalThis[Symbol.for('live.node.builtin')]('timers/promises');
            var log = [];
            async function main() {
              log.push(await sleep(20, 'slept'));
              await new Promise((resolve) => setTimeout(resolve, 10));
              log.push('after timer');
              const controller = new AbortController();
              setTimeout(() => controller.abort(), 5);
              try {
                await sleep(60000, 'too late', { signal: controller.signal });
              } catch (e) {
                log.push(e.name);
              }
            }
            main().then(() => log.push('done'));
            """);

    assertThat(result.error()).isNull();
    assertThat(result.exports().get("log"))
        .asList()
        .containsExactly("slept", "after timer", "AbortError", "done");
  }

  @Test
  void aCallbackThatThrowsEndsTheRunWithItsFileAndLine() throws IOException {
    RunResult result =
        run(
            """
            var log = [];
            setTimeout(() => {
              null.boom();
            }, 1);
            setTimeout(() => log.push('never'), 50);
            """);

    assertThat(result.error()).isInstanceOf(ScriptFailedException.class);
    ScriptFailedException failed = (ScriptFailedException) result.error();
    assertThat(failed.errorType()).isEqualTo("TypeError");
    assertThat(failed.file().map(Path::getFileName)).hasValue(Path.of("main.js"));
    assertThat(failed.line()).isEqualTo(3);
  }

  @Test
  void anUnhandledRejectionEndsTheRunWithTheFileAndLineOfItsError() throws IOException {
    RunResult result =
        run(
            """
            async function load() {
              await new Promise((resolve) => setTimeout(resolve, 5));
              throw new RangeError('no such page');
            }
            load();
            setTimeout(() => {}, 5000);
            """);

    assertThat(result.error()).isInstanceOf(ScriptFailedException.class);
    ScriptFailedException failed = (ScriptFailedException) result.error();
    assertThat(failed.errorType()).isEqualTo("RangeError");
    assertThat(failed.errorMessage()).isEqualTo("no such page");
    assertThat(failed.line()).isEqualTo(3);
    assertThat(failed.scriptTrace()).contains("main.js:3");
  }

  @Test
  void aThrowingMicrotaskEndsTheRun() throws IOException {
    RunResult result = run("queueMicrotask(() => {\n  throw new Error('in microtask');\n});\n");

    assertThat(result.error()).isInstanceOf(ScriptFailedException.class);
    assertThat(((ScriptFailedException) result.error()).line()).isEqualTo(2);
  }

  @Test
  void theExitCodeAndExitListenersFollowNode() throws IOException {
    RunResult result =
        run(
            """
            const seen = live.keep('seen', () => []);
            process.on('exit', (code) => seen.push('exit ' + code));
            setTimeout(() => { process.exitCode = 3; }, 5);
            """);

    assertThat(result.error()).isInstanceOf(ScriptExitException.class);
    assertThat(((ScriptExitException) result.error()).status()).isEqualTo(3);
  }

  @Test
  void anExitCodeSetWithoutTimersEndsTheRunWithIt() throws IOException {
    RunResult result = run("process.exitCode = 2;\n");

    assertThat(((ScriptExitException) result.error()).status()).isEqualTo(2);
  }

  @Test
  void processExitInACallbackEndsTheRunWithItsStatusAfterTheExitListeners() throws IOException {
    Path main =
        sessions.write(
            "main.js",
            """
            const seen = live.keep('seen', () => []);
            process.on('exit', (code) => seen.push('exit ' + code));
            setTimeout(() => { process.exit(4); seen.push('not reached'); }, 5);
            setTimeout(() => seen.push('not reached either'), 1000);
            """);
    LiveSession session = sessions.open(main);

    RunResult result = session.runOnce();

    assertThat(((ScriptExitException) result.error()).status()).isEqualTo(4);
    assertThat(session.state().get("seen")).asList().containsExactly("exit 4");
  }

  @Test
  void useOfAModuleWithTopLevelAwaitWaitsForIt() throws IOException {
    sessions.write(
        "config.mjs",
        """
        await new Promise((resolve) => setTimeout(resolve, 20));
        export const loaded = 'after await';
        """);
    RunResult result = run("var config = use('config.mjs');\nvar loaded = config.loaded;\n");

    assertThat(result.error()).isNull();
    assertThat(result.exports().get("loaded")).isEqualTo("after await");
  }

  @Test
  void useOfAModuleWithoutTopLevelAwaitReturnsItsExports() throws IOException {
    sessions.write("plain.mjs", "export const word = 'module';\n");
    RunResult result = run("var word = use('plain.mjs').word;\n");

    assertThat(result.error()).isNull();
    assertThat(result.exports().get("word")).isEqualTo("module");
  }

  @Test
  void aModuleWhoseTopLevelAwaitCanNeverFinishIsAClearError() throws IOException {
    sessions.write("stuck.mjs", "await new Promise(() => {});\nexport const x = 1;\n");
    RunResult result = run("use('stuck.mjs');\n");

    assertThat(result.error()).hasMessageContaining("stuck.mjs never finished its top-level await");
  }

  @Test
  void aMainModuleWithTopLevelAwaitRunsToItsEnd() throws IOException {
    Path main =
        sessions.write(
            "main.mjs",
            """
            const seen = live.keep('seen', () => []);
            await new Promise((resolve) => setTimeout(resolve, 20));
            seen.push('after await');
            export const done = true;
            """);
    LiveSession session = sessions.open(main);

    RunResult result = session.runOnce();

    assertThat(result.error()).isNull();
    assertThat(session.state().get("seen")).asList().isEqualTo(List.of("after await"));
  }
}
