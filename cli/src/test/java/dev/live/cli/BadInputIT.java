package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input of every kind: each case is reported in one clear line that names the file and the way
 * out (or just works), and {@code live} keeps running and picks up the next good save.
 */
class BadInputIT {

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path path = dir.resolve(name);
    Files.createDirectories(path.getParent());
    return Files.write(path, bytes);
  }

  /** Starts live on {@code main}, waits for {@code message} on stderr, then saves a fix. */
  private void reportedThenFixed(String main, String message) throws Exception {
    try (LiveProcess live = LiveProcess.start(dir, "run", main)) {
      live.awaitErr(message);
      String fix = main.endsWith(".py") ? "print 'fixed'\n" : "console.log('fixed');\n";
      write(main, fix);
      live.awaitOut("fixed");
    }
  }

  @Test
  void anEmptyMainFileSaysSo() throws Exception {
    write("main.py", "");
    reportedThenFixed("main.py", "main.py is empty: nothing to run yet. Save some code in it.");
  }

  @Test
  void aBinaryFileSaysSo() throws Exception {
    write("main.js", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    reportedThenFixed("main.js", "main.js is a binary file, not a script.");
  }

  @Test
  void invalidUtf8SaysSo() throws Exception {
    write("main.py", "print 'caf\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1));
    reportedThenFixed("main.py", "main.py is not UTF-8 text. Save it as UTF-8");
  }

  @Test
  void aByteOrderMarkAndCrlfLineEndingsJustWork() throws Exception {
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
    write("main.py", concat(bom, "print 'one'\r\nprint 'two'\r\n"));
    write("main.js", concat(bom, "console.log('one');\r\nconsole.log('two');\r\n"));
    for (String main : new String[] {"main.py", "main.js"}) {
      try (LiveProcess live = LiveProcess.start(dir, "run", "--once", main)) {
        live.awaitOut("one");
        live.awaitOut("two");
        assertThat(live.awaitExit()).as(main).isZero();
      }
    }
  }

  private static byte[] concat(byte[] prefix, String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[prefix.length + body.length];
    System.arraycopy(prefix, 0, all, 0, prefix.length);
    System.arraycopy(body, 0, all, prefix.length, body.length);
    return all;
  }

  @Test
  void aTenMegabyteScriptRuns() throws Exception {
    String comment = "# " + "x".repeat(98) + "\n";
    write("main.py", comment.repeat(100_000) + "print 'big ok'\n");
    write("main.js", comment.replace("#", "//").repeat(100_000) + "console.log('big ok');\n");
    assertThat(Files.size(dir.resolve("main.py"))).isGreaterThanOrEqualTo(10_000_000);
    for (String main : new String[] {"main.py", "main.js"}) {
      try (LiveProcess live = LiveProcess.start(dir, "run", "--once", main)) {
        live.awaitOut("big ok");
        assertThat(live.awaitExit()).as(main).isZero();
      }
    }
  }

  @Test
  void aPythonModuleTooLargeForJythonSaysHowToSplitIt() throws Exception {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      code.append("value").append(i).append(" = ").append(i).append('\n');
    }
    write("main.py", code.toString());
    reportedThenFixed("main.py", "main.py is too large for Jython to compile as one module");
  }

  @Test
  void anUnreadableFileSaysHowToFixIt() throws Exception {
    assumeFalse("root".equals(System.getProperty("user.name")), "root can read any file");
    Path main = write("main.py", "print 'secret'\n");
    Files.setPosixFilePermissions(main, PosixFilePermissions.fromString("-w-------"));
    try (LiveProcess live = LiveProcess.start(dir, "run", "main.py")) {
      live.awaitErr("cannot read main.py: permission denied. Fix it with chmod u+r.");
      Files.setPosixFilePermissions(main, PosixFilePermissions.fromString("rw-------"));
      write("main.py", "print 'fixed'\n");
      live.awaitOut("fixed");
    }
  }

  @Test
  void aFolderAsTheMainFileIsAUsageError() throws Exception {
    Files.createDirectories(dir.resolve("app"));
    try (LiveProcess live = LiveProcess.start(dir, "run", "app")) {
      assertThat(live.awaitExit()).isEqualTo(2);
      assertThat(live.stderr())
          .contains("app is a folder; name the script to run, such as app/main.py");
    }
  }

  @Test
  void useWithANonStringOrEmptyNameIsAnErrorOfTheCallersLanguage() throws Exception {
    write("main.py", "x = use(42)\n");
    reportedThenFixed(
        "main.py", "TypeError: use() needs a module name as a string, got Integer 42");
    write("main.js", "const x = use('');\n");
    reportedThenFixed("main.js", "TypeError: use() needs a module name, got an empty string");
  }

  @Test
  void aUseCycleNamesTheWholeCycle() throws Exception {
    write("a.py", "b = use('b')\n");
    write("b.js", "const a = use('a');\n");
    write("main.py", "a = use('a')\n");
    reportedThenFixed("main.py", "use() cycle: a.py -> b.js -> a.py");
  }

  @Test
  void twoCandidateFilesOutsideTheCallersLanguageAreReported() throws Exception {
    write("util.js", "var word = 'script';\n");
    write("util.mjs", "export const word = 'module';\n");
    write("main.py", "print use('util').word\n");
    try (LiveProcess live = LiveProcess.start(dir, "run", "main.py")) {
      live.awaitOut("script");
      live.awaitErr(
          "use(\"util\") in main.py loads util.js, but util.mjs also matches. Name the file"
              + " exactly, as use(\"util.mjs\"), to choose.");
      write("main.py", "print use('util.mjs').word\n");
      live.awaitOut("module");
    }
  }

  @Test
  void theCallersLanguageWinsWithoutAWarning() throws Exception {
    write("util.py", "word = 'python'\n");
    write("util.js", "var word = 'js';\n");
    write("main.py", "print use('util').word\n");
    try (LiveProcess live = LiveProcess.start(dir, "run", "--once", "main.py")) {
      live.awaitOut("python");
      assertThat(live.awaitExit()).isZero();
      assertThat(live.stderr()).doesNotContain("also match");
    }
  }

  @Test
  void deepRecursionIsAnErrorOfTheLanguageNotACrash() throws Exception {
    write("main.py", "def f(n):\n    return f(n + 1)\nf(0)\n");
    reportedThenFixed("main.py", "RuntimeError: maximum recursion depth exceeded");
    write("main.js", "function f(n) { return f(n + 1); }\nf(0);\n");
    reportedThenFixed("main.js", "RangeError: Maximum call stack size exceeded");
  }

  @Test
  void anOutputFloodOfAHundredThousandLinesIsPassedThrough() throws Exception {
    write("main.py", "for i in xrange(100000):\n    print 'line', i\n");
    try (LiveProcess live = LiveProcess.start(dir, "run", "main.py")) {
      live.awaitOut("line 99999");
      live.awaitErr("[live] ok");
      write("main.py", "print 'fixed'\n");
      live.awaitOut("fixed");
    }
  }

  @Test
  void sysExitAndProcessExitEndTheRunNotLive() throws Exception {
    write("main.py", "import sys\nsys.exit(3)\n");
    reportedThenFixed("main.py", "[live] exited with status 3");
    write("main.js", "process.exit(4);\n");
    reportedThenFixed("main.js", "[live] exited with status 4");
  }

  @Test
  void systemExitThroughJavaEndsLiveAndSaysWhy() throws Exception {
    write("main.py", "from java.lang import System\nSystem.exit(7)\n");
    try (LiveProcess live = LiveProcess.start(dir, "run", "main.py")) {
      assertThat(live.awaitExit()).isEqualTo(7);
      assertThat(live.stderr()).contains("a script called System.exit");
    }
  }

  @Test
  void threadsLeftRunningAreReportedAndStoppedByDisposeHooks() throws Exception {
    String leaky =
        """
        import threading, time
        def spin():
            while True:
                time.sleep(0.05)
        threading.Thread(target=spin, name='spinner').start()
        print 'started'
        """;
    write("main.py", leaky);
    try (LiveProcess live = LiveProcess.start(dir, "run", "main.py")) {
      assertThat(live.awaitErr("run 1 left a thread running (spinner)"))
          .contains("Stop them in live.onDispose(...)");
      String disposed =
          """
          import threading, time
          stop = threading.Event()
          def spin():
              while not stop.is_set():
                  time.sleep(0.05)
          threading.Thread(target=spin, name='polite').start()
          live.onDispose(stop.set)
          print 'clean'
          """;
      write("main.py", disposed);
      live.awaitOut("clean");
      live.awaitErr("[live] ok");
      assertThat(live.transcript()).doesNotContain("left a thread running (polite)");
    }
  }

  @Test
  void aScriptThatWritesAFileItWatchesIsStoppedAndReported() throws Exception {
    write(
        "main.py",
        "live.watch('out.txt')\nwith open('out.txt', 'w') as out:\n    out.write(str(live.run))\n");
    try (LiveProcess live = LiveProcess.start(dir, "run", "main.py")) {
      live.awaitErr("which the script watches, so every run starts the next one");
      write("main.py", "print 'fixed'\n");
      live.awaitOut("fixed");
    }
  }
}
