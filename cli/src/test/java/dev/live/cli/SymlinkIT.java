package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A main file or module that is a symbolic link: saving its target runs again, and {@code use}
 * looks beside the link, where the user put it.
 */
class SymlinkIT {

  @TempDir Path dir;

  private Path project;
  private Path real;

  @BeforeEach
  void folders() throws IOException {
    project = Files.createDirectories(dir.resolve("project"));
    real = Files.createDirectories(dir.resolve("real"));
  }

  /** Links {@code project/NAME} to {@code ../real/NAME}, as {@code ln -s} does. */
  private void link(String name) throws IOException {
    Files.createSymbolicLink(project.resolve(name), Path.of("..", "real", name));
  }

  /** Saves like {@code sed -i}: a temporary file renamed over the target. */
  private void saveByRename(Path file, String text) throws IOException {
    Path temp = Files.writeString(file.resolveSibling(file.getFileName() + ".tmp"), text);
    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void savingTheTargetOfALinkedMainFileOrModuleRunsAgain() throws Exception {
    Files.writeString(real.resolve("main.py"), "print 'main one', use('util').word\n");
    Files.writeString(real.resolve("util.js"), "var word = 'util one';\n");
    link("main.py");
    link("util.js");
    try (LiveProcess live = LiveProcess.start(project, "run", "main.py")) {
      live.awaitOut("main one util one");
      live.awaitErr("[live] ok");

      saveByRename(real.resolve("main.py"), "print 'main two', use('util').word\n");
      live.awaitOut("main two util one");

      saveByRename(real.resolve("util.js"), "var word = 'util two';\n");
      live.awaitOut("main two util two");
    }
  }

  @Test
  void useInALinkedMainFileLooksBesideTheLink() throws Exception {
    Files.writeString(real.resolve("main.py"), "print use('helper').where\n");
    Files.writeString(real.resolve("helper.py"), "where = 'beside the target'\n");
    Files.writeString(project.resolve("helper.py"), "where = 'beside the link'\n");
    link("main.py");
    try (LiveProcess live = LiveProcess.start(project, "run", "--once", "main.py")) {
      live.awaitOut("beside the link");
      assertThat(live.awaitExit()).isZero();
    }
  }
}
