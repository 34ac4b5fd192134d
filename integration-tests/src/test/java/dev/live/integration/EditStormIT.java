package dev.live.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.engine.EngineRegistry;
import dev.live.core.reload.LiveSession;
import dev.live.core.reload.RunResult;
import dev.live.core.reload.SessionProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edit storm against the real watcher and the real engines: 300 seeded operations on a Python
 * module and a JavaScript module in two folders, saved the ways editors save. After every save
 * exactly one run follows (the run numbers leave no gap), and it reflects the files' content as it
 * is at the end of the save; edits to files the run does not use start no run.
 */
class EditStormIT {

  private static final int OPERATIONS = 300;
  private static final long SEED = 20261125L;
  private static final Duration DEBOUNCE = Duration.ofMillis(30);

  /** How long a save that must start no run is watched for: three debounce periods. */
  private static final Duration QUIET = DEBOUNCE.multipliedBy(3);

  private enum Save {
    PLAIN,
    RENAME,
    VIM,
    INTELLIJ,
    BURST,
    DELETE_AND_RECREATE,
    RENAME_FOLDER_AND_RESTORE,
    UNUSED_FILE,
    SAME_BYTES
  }

  @TempDir Path dir;

  private final SessionProbe probe = new SessionProbe();
  private LiveSession session;
  private int expectedRun;
  private final String[] tokens = {"a0", "b0"};
  private int edits;

  @AfterEach
  void close() {
    if (session != null) {
      session.close();
    }
  }

  private Path module(int which) {
    return which == 0 ? dir.resolve("a/alpha.py") : dir.resolve("b/beta.js");
  }

  private String source(int which, String token) {
    return which == 0 ? "token = '" + token + "'\n" : "var token = '" + token + "';\n";
  }

  private void write(Path path, String text) throws IOException {
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
    edits++;
  }

  private RunResult nextRun() throws InterruptedException {
    RunResult result = probe.awaitRun();
    assertThat(result.number()).as("one run per save (edit %d)", edits).isEqualTo(++expectedRun);
    return result;
  }

  private void expectFinalContent() throws InterruptedException {
    RunResult result = nextRun();
    assertThat(result.error()).as("run %d after edit %d", result.number(), edits).isNull();
    assertThat(result.exports().get("line"))
        .isEqualTo(result.number() + " " + tokens[0] + " " + tokens[1]);
  }

  private void expectFailure() throws InterruptedException {
    assertThat(nextRun().succeeded()).as("a run without the module fails").isFalse();
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void everySaveRunsOnceWithTheFinalContent() throws Exception {
    write(module(0), source(0, tokens[0]));
    write(module(1), source(1, tokens[1]));
    write(dir.resolve("a/unused.py"), "x = 1\n");
    write(dir.resolve("b/notes.txt"), "notes\n");
    Path main =
        Files.writeString(
            dir.resolve("main.py"),
            "alpha = use('a/alpha')\nbeta = use('b/beta')\n"
                + "line = '%d %s %s' % (live.run, alpha.token, beta.token)\n");
    session =
        LiveSession.builder(main, EngineRegistry.discover(getClass().getClassLoader()))
            .workingDirectory(dir)
            .debounce(DEBOUNCE)
            .listener(probe)
            .build();
    session.start();
    expectFinalContent();

    Random random = new Random(SEED);
    Save[] kinds = Save.values();
    for (int op = 1; op <= OPERATIONS; op++) {
      Save kind = kinds[random.nextInt(kinds.length)];
      int which = random.nextInt(2);
      Path target = module(which);
      String token = (which == 0 ? "a" : "b") + op;
      switch (kind) {
        case PLAIN -> {
          tokens[which] = token;
          write(target, source(which, token));
          expectFinalContent();
        }
        case RENAME -> {
          tokens[which] = token;
          Path temp = target.resolveSibling(target.getFileName() + ".tmp");
          write(temp, source(which, token));
          Files.move(
              temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
          expectFinalContent();
        }
        case VIM -> {
          tokens[which] = token;
          Path backup = target.resolveSibling(target.getFileName() + "~");
          Files.move(target, backup, StandardCopyOption.REPLACE_EXISTING);
          write(target, source(which, token));
          Files.delete(backup);
          expectFinalContent();
        }
        case INTELLIJ -> {
          tokens[which] = token;
          Path temp = target.resolveSibling(target.getFileName() + "___jb_tmp___");
          Path old = target.resolveSibling(target.getFileName() + "___jb_old___");
          write(temp, source(which, token));
          Files.move(target, old, StandardCopyOption.REPLACE_EXISTING);
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
          Files.delete(old);
          expectFinalContent();
        }
        case BURST -> {
          int writes = 3 + random.nextInt(3);
          for (int i = 1; i <= writes; i++) {
            tokens[which] = token + "-" + i;
            write(target, source(which, tokens[which]));
            Thread.sleep(2 + random.nextInt(3)); // a few milliseconds apart, as editors write
          }
          expectFinalContent();
        }
        case DELETE_AND_RECREATE -> {
          Files.delete(target);
          edits++;
          expectFailure();
          tokens[which] = token;
          write(target, source(which, token));
          expectFinalContent();
        }
        case RENAME_FOLDER_AND_RESTORE -> {
          Path folder = target.getParent();
          Path moved = folder.resolveSibling(folder.getFileName() + "_moved");
          Files.move(folder, moved);
          edits++;
          expectFailure();
          Files.move(moved, folder);
          edits++;
          expectFinalContent();
        }
        case UNUSED_FILE -> {
          write(
              which == 0 ? dir.resolve("a/unused.py") : dir.resolve("b/notes.txt"),
              "edit " + op + "\n");
          probe.assertNoRunWithin(QUIET);
        }
        case SAME_BYTES -> {
          write(target, source(which, tokens[which]));
          probe.assertNoRunWithin(QUIET);
        }
      }
    }

    assertThat(edits).isGreaterThanOrEqualTo(300);
    probe.assertNoRunWithin(Duration.ofSeconds(1));
  }
}
