package dev.live.core.reload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.engine.EngineRegistry;
import dev.live.core.engine.FakeEngineProvider;
import dev.live.core.engine.ScriptFailedException;
import dev.live.core.modules.ModuleCycleException;
import dev.live.core.modules.ModuleNotFoundException;
import dev.live.core.modules.SourceFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One run at a time, without a watcher: module loading, caching, cycles, errors. */
class LiveSessionTest {

  @TempDir Path dir;

  private final FakeEngineProvider fake = new FakeEngineProvider("fake");

  private Path write(String name, String text) throws IOException {
    Path path = dir.resolve(name);
    Files.createDirectories(path.getParent());
    return Files.writeString(path, text);
  }

  private RunResult runOnce(Path main) {
    try (LiveSession session =
        LiveSession.builder(main, new EngineRegistry(List.of(fake)))
            .workingDirectory(dir)
            .build()) {
      return session.runOnce();
    }
  }

  @Test
  void aModuleUsedTwiceInOneRunIsEvaluatedOnce() throws IOException {
    Path main = write("main.fake", "use a\nuse b");
    write("a.fake", "use shared");
    write("b.fake", "use shared");
    write("shared.fake", "set x 1");

    RunResult result = runOnce(main);

    assertThat(result.succeeded()).isTrue();
    List<String> evaluated = new ArrayList<>();
    fake.evaluations().drainTo(evaluated);
    assertThat(evaluated)
        .containsExactly(
            "main.fake: use a\nuse b",
            "a.fake: use shared",
            "shared.fake: set x 1",
            "b.fake: use shared");
  }

  @Test
  void aCycleIsAnErrorThatNamesTheWholeCycle() throws IOException {
    Path main = write("main.fake", "use a");
    write("a.fake", "use b");
    write("b.fake", "use a");

    RunResult result = runOnce(main);

    assertThat(result.error())
        .isInstanceOf(ModuleCycleException.class)
        .hasMessageContaining("a.fake -> b.fake -> a.fake");
  }

  @Test
  void theWatchSetHoldsEveryFileReadAndEveryPathLookedAt() throws IOException {
    FakeEngineProvider other = new FakeEngineProvider("other");
    Path main = write("main.fake", "use util");
    Path util = write("util.other", "set x 1");

    RunResult result;
    try (LiveSession session =
        LiveSession.builder(main, new EngineRegistry(List.of(fake, other)))
            .workingDirectory(dir)
            .build()) {
      result = session.runOnce();
    }

    assertThat(result.succeeded()).isTrue();
    assertThat(result.watched()).containsExactlyInAnyOrder(main, dir.resolve("util.fake"), util);
  }

  @Test
  void aMissingModuleFailsTheRunAndWatchesThePathsTried() throws IOException {
    Path main = write("main.fake", "use nothere");

    RunResult result = runOnce(main);

    assertThat(result.error()).isInstanceOf(ModuleNotFoundException.class);
    assertThat(result.watched()).contains(dir.resolve("nothere.fake"));
  }

  @Test
  void aScriptErrorKeepsItsFileAndLine() throws IOException {
    Path main = write("main.fake", "set a 1\nfail boom");

    RunResult result = runOnce(main);

    assertThat(result.error()).isInstanceOf(ScriptFailedException.class);
    ScriptFailedException failed = (ScriptFailedException) result.error();
    assertThat(failed.file()).contains(main);
    assertThat(failed.line()).isEqualTo(2);
  }

  @Test
  void aMainFileThatDoesNotExistIsReportedAndWatched() {
    Path main = dir.resolve("later.fake");

    RunResult result = runOnce(main);

    assertThat(result.error())
        .isInstanceOf(SourceFileException.class)
        .hasMessageContaining("does not exist");
    assertThat(result.watched()).contains(main);
  }

  @Test
  void theMainModulesNamesAreTheRunsExports() throws IOException {
    Path main = write("main.fake", "set greeting hello");

    RunResult result = runOnce(main);

    assertThat(result.exports().get("greeting")).isEqualTo("hello");
  }

  @Test
  void theEnginesAdviceIsInTheResultOfTheFirstRunOnly() throws Exception {
    DescribingEngineProvider engine =
        new DescribingEngineProvider("fake", List.of("try the fast mode"), "fake-owned", true);
    Path main = write("main.fake", "set x 1");

    try (LiveSession session =
        LiveSession.builder(main, new EngineRegistry(List.of(engine)))
            .workingDirectory(dir)
            .build()) {
      assertThat(session.runOnce().advice()).containsExactly("try the fast mode");
      assertThat(session.runOnce().advice()).isEmpty();
    } finally {
      engine.stopThreads();
    }
  }

  @Test
  void aThreadTheEngineClaimsIsNotReportedAsLeftRunning() throws Exception {
    DescribingEngineProvider engine =
        new DescribingEngineProvider("fake", List.of(), "fake-claimed", true);

    List<String> warnings = warningsOfOneRun(engine);

    assertThat(warnings).noneMatch(warning -> warning.contains("fake-claimed"));
  }

  @Test
  void aThreadNoEngineClaimsIsReportedAsLeftRunning() throws Exception {
    DescribingEngineProvider engine =
        new DescribingEngineProvider("fake", List.of(), "fake-unclaimed", false);

    List<String> warnings = warningsOfOneRun(engine);

    assertThat(warnings)
        .anyMatch(warning -> warning.contains("left a thread running (fake-unclaimed)"));
  }

  private List<String> warningsOfOneRun(DescribingEngineProvider engine) throws Exception {
    Path main = write("main.fake", "set x 1");
    List<String> warnings = new CopyOnWriteArrayList<>();
    try (LiveSession session =
        LiveSession.builder(main, new EngineRegistry(List.of(engine)))
            .workingDirectory(dir)
            .listener(
                new SessionListener() {
                  @Override
                  public void warning(String message) {
                    warnings.add(message);
                  }
                })
            .build()) {
      assertThat(session.runOnce().succeeded()).isTrue();
    } finally {
      engine.stopThreads();
    }
    return warnings;
  }
}
