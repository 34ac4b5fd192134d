package dev.live.core.reload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.engine.EngineRegistry;
import dev.live.core.engine.FakeEngineProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reload rules against the real watcher on a real temp folder, with a fake language; folders
 * watched with their subfolders, with file events and with polling.
 */
class LiveSessionIT {

  private static final Duration QUIET = Duration.ofMillis(600);

  @TempDir Path dir;

  private final FakeEngineProvider fake = new FakeEngineProvider("fake");
  private final SessionProbe probe = new SessionProbe();
  private LiveSession session;

  private Path write(String name, String text) throws IOException {
    Path path = dir.resolve(name);
    Files.createDirectories(path.getParent());
    return Files.writeString(path, text);
  }

  private RunResult start(Path main, Duration debounce) throws InterruptedException {
    session =
        LiveSession.builder(main, new EngineRegistry(List.of(fake)))
            .workingDirectory(dir)
            .debounce(debounce)
            .listener(probe)
            .build();
    session.start();
    return probe.awaitRun();
  }

  private void startWatching(boolean poll, List<Path> trees, List<Path> shallow) throws Exception {
    Path main = write("main.fake", "set x 1");
    LiveSession.Builder builder =
        LiveSession.builder(main, new EngineRegistry(List.of(fake)))
            .workingDirectory(dir)
            .extraWatch(trees)
            .shallowWatch(shallow)
            .debounce(Duration.ofMillis(20))
            .listener(probe);
    if (poll) {
      builder.poll(Duration.ofMillis(50));
    }
    session = builder.build();
    session.start();
    probe.awaitRun();
  }

  @AfterEach
  void close() {
    if (session != null) {
      session.close();
    }
  }

  @Test
  void rerunsWhenTheMainFileChanges() throws Exception {
    Path main = write("main.fake", "set x 1");
    assertThat(start(main, Duration.ofMillis(20)).number()).isEqualTo(1);

    write("main.fake", "set x 2");

    RunResult second = probe.awaitRun();
    assertThat(second.number()).isEqualTo(2);
    assertThat(second.changed()).containsExactly(main);
    assertThat(second.exports().get("x")).isEqualTo("2");
  }

  @Test
  void runAgainRunsWithNoChangeAndTheSameFiles() throws Exception {
    Path main = write("main.fake", "set x 1");
    start(main, Duration.ofMillis(20));

    session.runAgain();

    RunResult second = probe.awaitRun();
    assertThat(second.number()).isEqualTo(2);
    assertThat(second.changed()).isEmpty();
    assertThat(second.exports().get("x")).isEqualTo("1");
    probe.assertNoRunWithin(QUIET);
  }

  @Test
  void runAgainBeforeStartOrAfterCloseDoesNothing() throws Exception {
    Path main = write("main.fake", "set x 1");
    session = LiveSession.builder(main, new EngineRegistry(List.of(fake))).listener(probe).build();
    session.runAgain();
    probe.assertNoRunWithin(QUIET);
    session.start();
    assertThat(probe.awaitRun().number()).isEqualTo(1);
    session.close();
    session.runAgain();
    probe.assertNoRunWithin(QUIET);
  }

  @Test
  void rerunsWhenAUsedModuleIsReplacedByRename() throws Exception {
    Path main = write("main.fake", "use util");
    Path util = write("util.fake", "set x 1");
    start(main, Duration.ofMillis(20));

    Path temp = write("util.fake.tmp~", "set x 2");
    Files.move(temp, util, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

    RunResult second = probe.awaitRun();
    assertThat(second.changed()).containsExactly(util);
  }

  @Test
  void savingIdenticalBytesDoesNotRun() throws Exception {
    Path main = write("main.fake", "set x 1");
    start(main, Duration.ofMillis(20));

    write("main.fake", "set x 1");
    probe.assertNoRunWithin(QUIET);

    write("main.fake", "set x 3");
    assertThat(probe.awaitRun().exports().get("x")).isEqualTo("3");
  }

  @Test
  void aBurstOfWritesGivesOneRunOfTheFinalContent() throws Exception {
    Path main = write("main.fake", "set x 0");
    start(main, Duration.ofMillis(150));

    for (int i = 1; i <= 5; i++) {
      write("main.fake", "set x " + i);
    }

    assertThat(probe.awaitRun().exports().get("x")).isEqualTo("5");
    probe.assertNoRunWithin(QUIET);
  }

  @Test
  void aFileTheRunDidNotUseDoesNotTrigger() throws Exception {
    Path main = write("main.fake", "set x 1");
    write("notes.fake", "set y 1");
    start(main, Duration.ofMillis(20));

    write("notes.fake", "set y 2");

    probe.assertNoRunWithin(QUIET);
  }

  @Test
  void creatingAMissingModuleRunsAgain() throws Exception {
    Path main = write("main.fake", "use later");
    assertThat(start(main, Duration.ofMillis(20)).succeeded()).isFalse();

    write("later.fake", "set x 1");

    RunResult second = probe.awaitRun();
    assertThat(second.succeeded()).isTrue();
    assertThat(second.changed()).containsExactly(dir.resolve("later.fake"));
  }

  @Test
  void creatingTheMissingMainFileRunsIt() throws Exception {
    Path main = dir.resolve("main.fake");
    assertThat(start(main, Duration.ofMillis(20)).succeeded()).isFalse();

    write("main.fake", "set x 1");

    assertThat(probe.awaitRun().succeeded()).isTrue();
  }

  @Test
  void aModuleInAFolderCreatedLaterIsPickedUp() throws Exception {
    Path main = write("main.fake", "use lib/util");
    start(main, Duration.ofMillis(20));

    Files.createDirectories(dir.resolve("lib"));
    probe.awaitRun();
    write("lib/util.fake", "set x 1");

    RunResult result = probe.awaitRun();
    assertThat(result.succeeded()).isTrue();
  }

  @Test
  void aSaveInAWatchedFolderRunsAgain() throws Exception {
    Path main = write("main.fake", "set x 1");
    Files.createDirectories(dir.resolve("data"));
    session =
        LiveSession.builder(main, new EngineRegistry(List.of(fake)))
            .workingDirectory(dir)
            .extraWatch(List.of(dir.resolve("data")))
            .listener(probe)
            .build();
    session.start();
    assertThat(probe.awaitRun().watched()).contains(dir.resolve("data"));

    write("data/points.csv", "1,2\n");

    assertThat(probe.awaitRun().changed()).containsExactly(dir.resolve("data"));
  }

  @Test
  void aModuleThatIsNoLongerUsedStopsTriggering() throws Exception {
    Path main = write("main.fake", "use util");
    write("util.fake", "set x 1");
    start(main, Duration.ofMillis(20));

    write("main.fake", "set y 1");
    assertThat(probe.awaitRun().watched()).doesNotContain(dir.resolve("util.fake"));

    write("util.fake", "set x 2");
    probe.assertNoRunWithin(QUIET);
  }

  @ParameterizedTest(name = "poll {0}")
  @ValueSource(booleans = {false, true})
  void aChangeDeepInAWatchedFolderRunsAndAnIgnoredOneDoesNot(boolean poll) throws Exception {
    write("data/sub/deeper/f.txt", "1");
    write("data/node_modules/lib/index.js", "1");
    write("data/.gitignore", "*.tmp\n");
    startWatching(poll, List.of(dir.resolve("data")), List.of());

    write("data/node_modules/lib/index.js", "2");
    write("data/sub/deeper/scratch.tmp", "x");
    write("data/sub/deeper/.f.txt.swp", "x");
    probe.assertNoRunWithin(QUIET);

    write("data/sub/deeper/f.txt", "2");
    assertThat(probe.awaitRun().changed()).containsExactly(dir.resolve("data/sub/deeper"));
  }

  @ParameterizedTest(name = "poll {0}")
  @ValueSource(booleans = {false, true})
  void aFolderCreatedInAWatchedTreeIsWatchedFromThenOn(boolean poll) throws Exception {
    Files.createDirectories(dir.resolve("data"));
    startWatching(poll, List.of(dir.resolve("data")), List.of());

    Files.createDirectories(dir.resolve("data/new/inner"));
    probe.awaitRun();
    write("data/new/inner/g.txt", "1");

    assertThat(probe.awaitRun().changed()).containsExactly(dir.resolve("data/new/inner"));
  }

  @ParameterizedTest(name = "poll {0}")
  @ValueSource(booleans = {false, true})
  void aShallowWatchSeesItsOwnEntriesOnly(boolean poll) throws Exception {
    write("data/top.txt", "1");
    write("data/sub/f.txt", "1");
    startWatching(poll, List.of(), List.of(dir.resolve("data")));

    write("data/sub/f.txt", "2");
    probe.assertNoRunWithin(QUIET);

    write("data/top.txt", "2");
    assertThat(probe.awaitRun().changed()).containsExactly(dir.resolve("data"));
  }

  @ParameterizedTest(name = "poll {0}")
  @ValueSource(booleans = {false, true})
  void namingAnIgnoredFolderWatchesIt(boolean poll) throws Exception {
    write(".gitignore", "build/\n");
    write("build/out/app.js", "1");
    startWatching(poll, List.of(dir.resolve("build")), List.of());

    write("build/out/app.js", "2");

    assertThat(probe.awaitRun().changed()).containsExactly(dir.resolve("build/out"));
  }
}
