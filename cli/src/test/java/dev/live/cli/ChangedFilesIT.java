package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a run names as changed, in its status line and in {@code live.changed}. */
class ChangedFilesIT {

  private static final String PRINT_CHANGED =
      "print 'changed: ' + ' '.join(sorted(live.changed))\n";

  @TempDir Path dir;

  /** Saves like {@code sed -i}: a temporary file renamed over the original. */
  private static void saveByRename(Path file, String text) throws IOException {
    Path temp = Files.writeString(file.resolveSibling(file.getFileName() + ".tmp"), text);
    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void twoFilesSavedTogetherAreBothNamed() throws Exception {
    saveByRename(dir.resolve("a.py"), "x = 1\n");
    saveByRename(dir.resolve("b.py"), "y = 1\n");
    Files.writeString(dir.resolve("main.py"), "use('a')\nuse('b')\n" + PRINT_CHANGED);
    // A quiet time far above the time between the two saves, however busy the machine.
    try (LiveProcess live = LiveProcess.start(dir, "run", "--debounce", "300", "main.py")) {
      live.awaitErr("[live] ok");

      saveByRename(dir.resolve("a.py"), "x = 2\n");
      saveByRename(dir.resolve("b.py"), "y = 2\n");

      live.awaitOut("changed: a.py b.py");
      live.awaitErr("[live] run 2 · a.py, b.py changed");
    }
  }

  @Test
  void aRunStoppedByASaveHandsItsChangesToTheNextRun() throws Exception {
    Files.writeString(dir.resolve("a.py"), "x = 1\n");
    Files.writeString(dir.resolve("b.py"), "y = 1\n");
    Files.writeString(
        dir.resolve("main.py"),
        "use('a')\nuse('b')\n"
            + PRINT_CHANGED
            + "import time\nif live.run == 2:\n    time.sleep(60)\n");
    // A quiet time far above the time between the two saves, however busy the machine.
    try (LiveProcess live = LiveProcess.start(dir, "run", "--debounce", "300", "main.py")) {
      live.awaitErr("[live] ok");

      saveByRename(dir.resolve("a.py"), "x = 2\n");
      live.awaitOut("changed: a.py");
      saveByRename(dir.resolve("b.py"), "y = 2\n");

      live.awaitErr("[live] run 2 stopped");
      live.awaitOut("changed: a.py b.py");
      live.awaitErr("[live] run 3 · a.py, b.py changed");
    }
  }

  @Test
  void theWorkingFolderRemovedAndMadeAgainIsNamedAsDot() throws Exception {
    Path project = Files.createDirectories(dir.resolve("project"));
    Files.writeString(project.resolve("main.py"), PRINT_CHANGED);
    try (LiveProcess live = LiveProcess.start(project, "run", "main.py")) {
      live.awaitOut("changed: ");
      live.awaitErr("[live] ok");

      deleteTree(project);
      live.awaitErr("main.py does not exist");
      Path again = Files.createDirectories(dir.resolve("project.new"));
      Files.writeString(again.resolve("main.py"), PRINT_CHANGED);
      Files.move(again, project, StandardCopyOption.ATOMIC_MOVE);

      live.awaitOut("changed: . main.py");
      live.awaitErr("· ., main.py changed");
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
    assertThat(folder).doesNotExist();
  }
}
