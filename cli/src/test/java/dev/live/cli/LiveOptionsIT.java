package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every option of {@code live run}, against the real process. */
class LiveOptionsIT {

  private static final Duration QUIET = Duration.ofMillis(800);

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path path = dir.resolve(name);
    Files.createDirectories(path.getParent());
    return Files.writeString(path, text);
  }

  @Test
  void onceExitsWithTheStatusGivenToSysExit() throws Exception {
    write("three.py", "import sys\nprint 'bye'\nsys.exit(3)\n");
    write("zero.py", "import sys\nsys.exit(0)\n");
    write("fails.py", "raise ValueError('no')\n");
    try (LiveProcess live = LiveProcess.start(dir, "run", "--once", "three.py")) {
      live.awaitOut("bye");
      assertThat(live.awaitExit()).isEqualTo(3);
      assertThat(live.transcript()).contains("exited with status 3");
    }
    try (LiveProcess live = LiveProcess.start(dir, "run", "--once", "zero.py")) {
      assertThat(live.awaitExit()).isZero();
    }
    try (LiveProcess live = LiveProcess.start(dir, "run", "--once", "fails.py")) {
      assertThat(live.awaitExit()).isEqualTo(1);
    }
  }

  @Test
  void argumentsAfterDoubleDashReachTheScript() throws Exception {
    write("main.py", "import sys\nprint sys.argv[1:], list(live.args)\n");
    write("main.js", "console.log(JSON.stringify([...live.args]));\n");
    try (LiveProcess live =
        LiveProcess.start(dir, "run", "--once", "main.py", "--", "a", "--b", "c d")) {
      live.awaitOut("['a', '--b', 'c d'] ['a', '--b', 'c d']");
    }
    try (LiveProcess live = LiveProcess.start(dir, "run", "--once", "main.js", "--", "x")) {
      live.awaitOut("[\"x\"]");
    }
  }

  @Test
  void watchAddsAFolderAndIgnoreExcludesMatchingPaths() throws Exception {
    write("main.py", "print 'run', live.run\n");
    write("data/points.csv", "1\n");
    try (LiveProcess live =
        LiveProcess.start(dir, "run", "--watch", "data", "--ignore", "*.tmp", "main.py")) {
      live.awaitOut("run 1");
      live.awaitErr("[live] ok");

      write("data/scratch.tmp", "ignored\n");
      live.assertNoStatusWithin(QUIET);

      write("data/points.csv", "2\n");
      live.awaitOut("run 2");
    }
  }

  @Test
  void foldersGivenWithWatchHonourTheProjectsGitignore() throws Exception {
    write(".gitignore", "# build output\n*.log\nbuild/\n");
    write("main.py", "print 'run', live.run\n");
    write("data/points.csv", "1\n");
    try (LiveProcess live = LiveProcess.start(dir, "run", "--watch", "data", "main.py")) {
      live.awaitOut("run 1");
      live.awaitErr("[live] ok");

      write("data/app.log", "noise\n");
      live.assertNoStatusWithin(QUIET);

      write("data/points.csv", "2\n");
      live.awaitOut("run 2");
    }
  }

  @Test
  void watchSeesSubfoldersAndSkipsIgnoredPaths() throws Exception {
    write(".gitignore", "*.cache\n");
    write("main.py", "print 'run', live.run\n");
    write("data/sub/f.txt", "1\n");
    write("data/node_modules/dep/index.js", "1\n");
    try (LiveProcess live = LiveProcess.start(dir, "run", "--watch", "data", "main.py")) {
      live.awaitOut("run 1");
      live.awaitErr("[live] ok");

      write("data/sub/f.cache", "ignored by .gitignore\n");
      write("data/node_modules/dep/index.js", "2\n");
      write("data/sub/.f.txt.swp", "an editor's swap file\n");
      live.assertNoStatusWithin(QUIET);

      write("data/sub/f.txt", "2\n");
      live.awaitOut("run 2");
    }
  }

  @Test
  void liveWatchOfAFolderSeesItsSubfolders() throws Exception {
    write("main.py", "live.watch('data')\nprint 'run', live.run\n");
    write("data/sub/f.txt", "1\n");
    try (LiveProcess live = LiveProcess.start(dir, "run", "main.py")) {
      live.awaitOut("run 1");
      live.awaitErr("[live] ok");

      write("data/sub/f.txt", "2\n");

      live.awaitOut("run 2");
    }
  }

  @Test
  void watchShallowSeesOneLevelAndNoVcsIgnoreCountsIgnoredFiles() throws Exception {
    write(".gitignore", "*.cache\n");
    write("main.py", "print 'run', live.run\n");
    write("data/sub/f.txt", "1\n");
    try (LiveProcess live =
        LiveProcess.start(dir, "run", "--watch-shallow", "data", "--no-vcs-ignore", "main.py")) {
      live.awaitOut("run 1");
      live.awaitErr("[live] ok");

      write("data/sub/f.txt", "2\n");
      live.assertNoStatusWithin(QUIET);

      write("data/top.cache", "counts without git's rules\n");
      live.awaitOut("run 2");
    }
  }

  @Test
  void pollFindsChangesWithoutFileEvents() throws Exception {
    write("main.js", "console.log('first');\n");
    try (LiveProcess live = LiveProcess.start(dir, "run", "--poll", "100", "main.js")) {
      live.awaitOut("first");
      live.awaitErr("[live] ok");

      write("main.js", "console.log('second, and somewhat longer');\n");

      live.awaitOut("second, and somewhat longer");
    }
  }

  @Test
  void pathAddsAModuleFolder() throws Exception {
    write("lib/helper.py", "def hi():\n    return 'hi from lib'\n");
    write("app/main.py", "print use('helper').hi()\n");
    try (LiveProcess live =
        LiveProcess.start(dir, "run", "--once", "--path", "lib", "app/main.py")) {
      live.awaitOut("hi from lib");
      assertThat(live.awaitExit()).isZero();
    }
  }

  @Test
  void debounceWaitsForQuietAndStillRunsOncePerSave() throws Exception {
    write("main.py", "print 'version 0'\n");
    try (LiveProcess live = LiveProcess.start(dir, "run", "--debounce", "300", "main.py")) {
      live.awaitOut("version 0");
      live.awaitErr("[live] ok");

      for (int i = 1; i <= 3; i++) {
        write("main.py", "print 'version " + i + "'\n");
      }

      live.awaitOut("version 3");
      live.awaitErr("[live] ok");
      live.assertNoStatusWithin(QUIET);
    }
  }

  @Test
  void quietPrintsNoStatusLinesButStillErrors() throws Exception {
    write("main.py", "print 'hello'\nundefined_name\n");
    try (LiveProcess live = LiveProcess.start(dir, "run", "--once", "-q", "main.py")) {
      live.awaitOut("hello");
      assertThat(live.awaitExit()).isEqualTo(1);
      assertThat(live.stderr()).doesNotContain("[live]").contains("NameError");
    }
  }

  @Test
  void verboseAddsJavaStackTraces() throws Exception {
    write("main.js", "null.x;\n");
    try (LiveProcess live = LiveProcess.start(dir, "run", "--once", "-v", "main.js")) {
      assertThat(live.awaitExit()).isEqualTo(1);
      assertThat(live.stderr()).contains("TypeError", "ScriptFailedException", "at dev.live.");
    }
  }
}
