package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** End to end: the real {@code live run} process on a temp folder, edited while it runs. */
class LiveRunIT {

  private static final Duration QUIET = Duration.ofMillis(800);

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  /** Saves like editors that write a temporary file and rename it over the original. */
  private void writeByRename(String name, String text) throws IOException {
    Path temp = write(name + ".swp", text);
    Files.move(
        temp,
        dir.resolve(name),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
  }

  @ParameterizedTest
  @ValueSource(strings = {"py", "js"})
  void theHelloExampleReloadsOnceWhenTestmodIsSaved(String extension) throws Exception {
    Path examples = Path.of(System.getProperty("live.examples"), "hello");
    for (String name : List.of("main." + extension, "testmod." + extension)) {
      Files.copy(examples.resolve(name), dir.resolve(name));
    }
    try (LiveProcess live = LiveProcess.start(dir, "run", "main." + extension)) {
      live.awaitOut("1.0");
      live.awaitOut("test function");
      live.awaitErr("[live] ok");

      Path testmod = dir.resolve("testmod." + extension);
      Files.writeString(
          testmod, Files.readString(testmod).replace("\" function\"", "\" function!\""));

      live.awaitOut("1.0");
      live.awaitOut("test function!");
      live.awaitErr("[live] ok");
      live.assertNoStatusWithin(QUIET);
    }
  }

  @Test
  void rerunsWhenTheMainFileIsSaved() throws Exception {
    write("main.py", "print 'first'\n");
    try (LiveProcess live = LiveProcess.start(dir, "run", "main.py")) {
      live.awaitOut("first");
      live.awaitErr("[live] ok");

      write("main.py", "print 'second'\n");

      live.awaitOut("second");
      live.awaitErr("[live] run 2 · main.py changed");
    }
  }

  @Test
  void rerunsOnceWhenAUsedModuleIsSavedPlainlyOrByRename() throws Exception {
    write("main.js", "console.log(use('util').word);\n");
    write("util.js", "var word = 'one';\n");
    try (LiveProcess live = LiveProcess.start(dir, "run", "main.js")) {
      live.awaitOut("one");
      live.awaitErr("[live] ok");

      write("util.js", "var word = 'two';\n");
      live.awaitOut("two");
      live.awaitErr("[live] ok");
      live.assertNoStatusWithin(QUIET);

      writeByRename("util.js", "var word = 'three';\n");
      live.awaitOut("three");
      live.awaitErr("[live] run 3 · util.js changed");
      live.awaitErr("[live] ok");
      live.assertNoStatusWithin(QUIET);
    }
  }

  @Test
  void aMainFileCreatedLaterIsRun() throws Exception {
    try (LiveProcess live = LiveProcess.start(dir, "run", "main.py")) {
      live.awaitErr("main.py does not exist");

      write("main.py", "print 'created'\n");

      live.awaitOut("created");
    }
  }

  @Test
  void aSyntaxErrorIsReportedWithItsLineAndTheFixRuns() throws Exception {
    write("main.py", "print 'ok'\n");
    try (LiveProcess live = LiveProcess.start(dir, "run", "main.py")) {
      live.awaitOut("ok");

      write("main.py", "x = 1\ndef broken(:\n    pass\n");
      live.awaitErr("File \"main.py\", line 2");
      live.awaitErr("SyntaxError");
      live.awaitErr("[live] failed");

      write("main.py", "print 'fixed'\n");
      live.awaitOut("fixed");
    }
  }

  @Test
  void aJavaScriptErrorShowsFileLineAndMessageAndLiveKeepsWatching() throws Exception {
    write("main.js", "console.log('ok');\n");
    try (LiveProcess live = LiveProcess.start(dir, "run", "main.js")) {
      live.awaitOut("ok");

      write("main.js", "let a = 1;\nnotDefined();\n");
      live.awaitErr("main.js:2");
      live.awaitErr("ReferenceError: notDefined is not defined");

      write("main.js", "console.log('fixed');\n");
      live.awaitOut("fixed");
    }
  }

  @Test
  void pythonUsesJavaScriptAndJavaScriptUsesPython() throws Exception {
    write("jsmod.js", "function greet(name) { return 'js greets ' + name; }\n");
    write("pymod.py", "def greet(name):\n    return 'python greets ' + name\n");
    write("main.py", "print use('jsmod').greet('python')\n");
    write("main.js", "console.log(use('pymod').greet('js'));\n");

    try (LiveProcess python = LiveProcess.start(dir, "run", "main.py")) {
      python.awaitOut("js greets python");
      write("jsmod.js", "function greet(name) { return 'js says hi to ' + name; }\n");
      python.awaitOut("js says hi to python");
    }
    try (LiveProcess js = LiveProcess.start(dir, "run", "main.js")) {
      js.awaitOut("python greets js");
      write("pymod.py", "def greet(name):\n    return 'python says hi to ' + name\n");
      js.awaitOut("python says hi to js");
    }
  }

  @Test
  void ctrlCEndsLiveAlsoWhileAScriptIsRunning() throws Exception {
    write("main.js", "console.log('looping');\nwhile (true) {}\n");
    try (LiveProcess live = LiveProcess.start(dir, "run", "main.js")) {
      live.awaitOut("looping");

      live.interrupt();

      assertThat(live.awaitExit()).isEqualTo(130);
    }
  }

  @Test
  void ctrlCEndsLiveWhileAPythonLoopRuns() throws Exception {
    write("main.py", "print 'looping'\nwhile True:\n    pass\n");
    try (LiveProcess live = LiveProcess.start(dir, "run", "main.py")) {
      live.awaitOut("looping");

      live.interrupt();

      assertThat(live.awaitExit()).isEqualTo(130);
    }
  }

  @Test
  void aFileWithNoEngineIsAUsageErrorListingTheInstalledExtensions() throws Exception {
    write("main.rb", "puts 1\n");
    try (LiveProcess live = LiveProcess.start(dir, "run", "main.rb")) {
      assertThat(live.awaitExit()).isEqualTo(2);
      assertThat(live.transcript()).contains("no engine for 'main.rb'", ".js", ".mjs", ".py");
    }
  }

  @Test
  void onceExitsWithTheScriptsStatus() throws Exception {
    write("good.py", "print 'fine'\n");
    write("bad.js", "throw new Error('nope');\n");
    try (LiveProcess live = LiveProcess.start(dir, "run", "--once", "good.py")) {
      assertThat(live.awaitExit()).isZero();
    }
    try (LiveProcess live = LiveProcess.start(dir, "run", "--once", "bad.js")) {
      assertThat(live.awaitExit()).isEqualTo(1);
      assertThat(live.transcript()).contains("Error: nope");
    }
  }
}
