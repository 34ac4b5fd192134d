package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** live.toml through the real {@code live} process: found above the main file, overridden, bad. */
class ProjectFileIT {

  @TempDir Path dir;

  @Test
  void theNearestProjectFileGivesDefaultsAndVerboseSaysWhichFile() throws Exception {
    Path main = Files.createDirectories(dir.resolve("src")).resolve("main.js");
    Files.writeString(main, "console.log('args ' + process.argv.slice(2).join(','))\n");
    Path project = dir.resolve(ProjectFile.NAME);
    Files.writeString(project, "# the team's defaults\nonce = true\nargs = [\"a\", \"b\"]\n");

    try (LiveProcess live = LiveProcess.start(dir, "run", "--verbose", "src/main.js")) {
      live.awaitOut("args a,b");
      assertThat(live.awaitExit()).isZero();
      assertThat(live.stderr()).contains("[live] options from " + project);
    }
    try (LiveProcess live = LiveProcess.start(dir, "run", "src/main.js", "--", "c")) {
      live.awaitOut("args c");
      assertThat(live.awaitExit()).isZero();
    }
  }

  @Test
  void aBadProjectFileIsAUsageErrorUnlessIgnored() throws Exception {
    Path main = dir.resolve("main.js");
    Files.writeString(main, "console.log('ran')\n");
    Path project = dir.resolve(ProjectFile.NAME);
    Files.writeString(project, "once = true\ndebounce = \"soon\"\n");

    try (LiveProcess live = LiveProcess.start(dir, "run", "main.js")) {
      assertThat(live.awaitExit()).isEqualTo(ExitCodes.USAGE);
      assertThat(live.stderr())
          .contains("live: " + project + ":2: debounce: Invalid value", "--no-config");
    }
    try (LiveProcess live = LiveProcess.start(dir, "run", "--no-config", "--once", "main.js")) {
      live.awaitOut("ran");
      assertThat(live.awaitExit()).isZero();
    }
  }
}
