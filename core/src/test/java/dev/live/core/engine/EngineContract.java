package dev.live.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.reload.LiveSession;
import dev.live.core.reload.RunResult;
import dev.live.core.reload.SessionListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every engine adapter must do, run against the real engine. An engine module extends this
 * class and supplies small scripts in its language.
 */
public abstract class EngineContract {

  @TempDir protected Path dir;

  /** The provider under test. */
  protected abstract EngineProvider provider();

  /** The file extension of test scripts, without the dot. */
  protected abstract String extension();

  /** Defines {@code greeting = "hello"}, {@code twice(x) -> x * 2}, {@code shout(s) -> s + "!"}. */
  protected abstract String definitions();

  /**
   * Uses module {@code lib} and defines {@code result = lib.twice(21)}, {@code text =
   * lib.shout("hi")}, {@code value = lib.greeting}.
   */
  protected abstract String usesLib();

  /** Three lines; the third reads an undefined name. */
  protected abstract String errorOnLine3();

  /** Two lines; the second has a syntax error. */
  protected abstract String syntaxErrorOnLine2();

  /** Defines {@code leak = 1}. */
  protected abstract String definesLeak();

  /** Reads {@code leak}, which must be undefined in a fresh run. */
  protected abstract String readsLeak();

  /** Calls {@code use("marker")}, then loops forever, burning CPU. */
  protected abstract String busyLoop();

  /** Text the printed error of {@link #errorOnLine3()} must contain, in the language's style. */
  protected abstract List<String> errorTraceOnLine3(String fileName);

  protected Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  protected String file(String module) {
    return module + "." + extension();
  }

  /** A second language whose modules log their evaluation: the test's view into a run. */
  protected final FakeEngineProvider marker = new FakeEngineProvider("mark");

  private LiveSession session;

  /** A session on the engine under test; closed after the test. */
  protected LiveSession session(Path main, SessionListener listener) {
    session =
        LiveSession.builder(main, new EngineRegistry(List.of(provider(), marker)))
            .workingDirectory(dir)
            .listener(listener)
            .build();
    return session;
  }

  /** Runs once; the result's exports stay usable until the test ends. */
  protected RunResult runOnce(Path main) {
    return session(main, new SessionListener() {}).runOnce();
  }

  @AfterEach
  void closeSession() {
    if (session != null) {
      session.close();
    }
  }

  @Test
  void topLevelNamesBecomeTheModuleLessTheInjectedOnes() throws IOException {
    Path main = write(file("main"), definitions());

    RunResult result = runOnce(main);

    assertThat(result.error()).isNull();
    assertThat(result.exports().keys())
        .contains("greeting", "twice", "shout")
        .doesNotContain("use", "live");
    assertThat(result.exports().get("greeting")).isEqualTo("hello");
  }

  @Test
  void useLoadsAModuleOfTheSameLanguageAndCallsItsFunctions() throws IOException {
    write(file("lib"), definitions());
    Path main = write(file("main"), usesLib());

    RunResult result = runOnce(main);

    assertThat(result.error()).isNull();
    assertThat(result.exports().get("result")).isEqualTo(42);
    assertThat(result.exports().get("text")).isEqualTo("hi!");
    assertThat(result.exports().get("value")).isEqualTo("hello");
    assertThat(result.watched()).contains(main, dir.resolve(file("lib")));
  }

  /** Runs {@code text} as the main file, which must fail as a script. */
  private ScriptFailedException failureOf(String text) throws IOException {
    RunResult result = runOnce(write(file("main"), text));

    assertThat(result.error()).isInstanceOf(ScriptFailedException.class);
    return (ScriptFailedException) result.error();
  }

  @Test
  void anErrorNamesTheFileAndLineInTheLanguagesOwnStyle() throws IOException {
    ScriptFailedException failed = failureOf(errorOnLine3());

    assertThat(failed.line()).isEqualTo(3);
    assertThat(failed.file().map(p -> p.getFileName().toString())).contains(file("main"));
    assertThat(failed.scriptTrace()).contains(errorTraceOnLine3(file("main")));
    assertThat(failed.scriptTrace()).doesNotContain("at org.", "at java.", "at com.");
  }

  @Test
  void aSyntaxErrorNamesItsLine() throws IOException {
    ScriptFailedException failed = failureOf(syntaxErrorOnLine2());

    assertThat(failed.line()).isEqualTo(2);
    assertThat(failed.scriptTrace()).contains("SyntaxError");
  }

  @Test
  void eachRunStartsFromFreshScopesOnTheWarmEngine() throws IOException {
    Path main = write(file("main"), definesLeak());
    LiveSession session = session(main, new SessionListener() {});
    assertThat(session.runOnce().error()).isNull();

    write(file("main"), readsLeak());

    assertThat(session.runOnce().error()).isInstanceOf(ScriptFailedException.class);
  }

  @Test
  void aSaveStopsABusyLoopAndStartsTheNextRun() throws Exception {
    Path main = write(file("main"), busyLoop());
    write("marker.mark", "set loaded yes");
    BlockingQueue<Integer> started = new LinkedBlockingQueue<>();
    BlockingQueue<RunResult> finished = new LinkedBlockingQueue<>();
    SessionListener listener =
        new SessionListener() {
          @Override
          public void runStarting(int number, java.util.Set<Path> changed) {
            started.add(number);
          }

          @Override
          public void runFinished(RunResult result) {
            finished.add(result);
          }
        };
    session(main, listener).start();
    assertThat(started.poll(20, TimeUnit.SECONDS)).isEqualTo(1);
    assertThat(marker.evaluations().poll(20, TimeUnit.SECONDS))
        .as("the script reached its loop")
        .isNotNull();

    write(file("main"), definitions());

    RunResult first = finished.poll(20, TimeUnit.SECONDS);
    assertThat(first).isNotNull();
    assertThat(first.cancelled()).as("run 1 ended by cancel: %s", first.error()).isTrue();
    RunResult second = finished.poll(20, TimeUnit.SECONDS);
    assertThat(second).isNotNull();
    assertThat(second.error()).isNull();
    assertThat(second.exports().get("greeting")).isEqualTo("hello");
  }
}
