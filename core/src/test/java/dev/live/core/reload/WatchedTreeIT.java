package dev.live.core.reload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.engine.EngineRegistry;
import dev.live.core.engine.FakeEngineProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Folders watched with their subfolders, on the real watcher (events or polling). */
class WatchedTreeIT {

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

  private void start(boolean poll, List<Path> trees, List<Path> shallow) throws Exception {
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

  @ParameterizedTest(name = "poll {0}")
  @ValueSource(booleans = {false, true})
  void aChangeDeepInAWatchedFolderRunsAndAnIgnoredOneDoesNot(boolean poll) throws Exception {
    write("data/sub/deeper/f.txt", "1");
    write("data/node_modules/lib/index.js", "1");
    write("data/.gitignore", "*.tmp\n");
    start(poll, List.of(dir.resolve("data")), List.of());

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
    start(poll, List.of(dir.resolve("data")), List.of());

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
    start(poll, List.of(), List.of(dir.resolve("data")));

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
    start(poll, List.of(dir.resolve("build")), List.of());

    write("build/out/app.js", "2");

    assertThat(probe.awaitRun().changed()).containsExactly(dir.resolve("build/out"));
  }
}
