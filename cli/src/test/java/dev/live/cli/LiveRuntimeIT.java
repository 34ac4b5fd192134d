package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** End to end: live coding with the real process: stopping runs, state, dispose, live imports. */
class LiveRuntimeIT {

  /**
   * A stopped run's successor prints well within this; the figure itself (tens of milliseconds) is
   * measured by bench/Bench.java, not asserted here.
   */
  private static final Duration STOP_BOUND = Duration.ofSeconds(5);

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "python busy loop|main.py|print 'started'\\nwhile True:\\n    pass\\n",
        "python busy loop in try/except|main.py|print 'started'\\nwhile True:\\n    try:\\n        x = 1\\n    except:\\n        pass\\n",
        "python sleep|main.py|import time\\nprint 'started'\\ntime.sleep(1000)\\n",
        "javascript busy loop|main.js|console.log('started');\\nwhile (true) {}\\n",
        "javascript busy loop in try/catch|main.js|console.log('started');\\nwhile (true) { try { x = 1; } catch (e) {} }\\n",
      })
  void aSaveStopsARunThatDoesNotEnd(String name, String file, String script) throws Exception {
    write(file, script.replace("\\n", "\n"));
    try (LiveProcess live = LiveProcess.start(dir, "run", file)) {
      live.awaitOut("started");

      write(file, file.endsWith(".py") ? "print 'next'\n" : "console.log('next');\n");

      live.awaitOutWithin("next", STOP_BOUND);
      live.awaitErr("stopped after");
    }
  }

  @Test
  void rapidSavesIntoALongRunAreNotMistakenForAScriptRerunningItself() throws Exception {
    String loop = "print 'save %d'\nwhile True:\n    pass\n";
    write("main.py", loop.formatted(0));
    try (LiveProcess live = LiveProcess.start(dir, "run", "main.py")) {
      live.awaitOut("save 0");
      for (int save = 1; save <= 7; save++) {
        write("main.py", loop.formatted(save));
        live.awaitOut("save " + save);
      }
      assertThat(live.transcript()).doesNotContain("starts the next one");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "main.py|c = live.keep('c', lambda: {'n': 0})\\nc['n'] += 1\\nprint 'count %d' % c['n']  # EDIT\\n",
        "main.js|const c = live.keep('c', () => ({ n: 0 }));\\nc.n++;\\nconsole.log('count ' + c.n); // EDIT\\n",
      })
  void stateKeptWithLiveKeepSurvivesReloads(String file, String script) throws Exception {
    String template = script.replace("\\n", "\n");
    write(file, template.replace("EDIT", "edit 0"));
    try (LiveProcess live = LiveProcess.start(dir, "run", file)) {
      live.awaitOut("count 1");
      for (int edit = 1; edit <= 3; edit++) {
        live.awaitErr("[live] ok");
        write(file, template.replace("EDIT", "edit " + edit));
        live.awaitOut("count " + (edit + 1));
      }
    }
  }

  @Test
  void disposeHooksRunBeforeTheNextRunAndAtCtrlC() throws Exception {
    String script =
        """
        import sys
        print 'run %d' % live.run
        live.onDispose(lambda: sys.stdout.write('dispose first of run %d\\n' % live.run))
        live.onDispose(lambda: sys.stdout.write('dispose second of run %d\\n' % live.run))
        """;
    write("main.py", script);
    try (LiveProcess live = LiveProcess.start(dir, "run", "main.py")) {
      live.awaitOut("run 1");
      live.awaitErr("[live] ok");

      write("main.py", script + "# saved\n");
      live.awaitOut("dispose second of run 1");
      live.awaitOut("dispose first of run 1");
      live.awaitOut("run 2");
      live.awaitErr("[live] ok");

      live.interrupt();
      live.awaitOut("dispose second of run 2");
      live.awaitOut("dispose first of run 2");
      assertThat(live.awaitExit()).isEqualTo(130);
    }
  }

  @Test
  void theServerExampleServesTheNewHandlerAfterEachOf20Reloads() throws Exception {
    Path example = Path.of(System.getProperty("live.examples"), "server");
    Files.copy(example.resolve("main.py"), dir.resolve("main.py"));
    String handler = Files.readString(example.resolve("handler.py"));
    Files.writeString(dir.resolve("handler.py"), handler);
    int port = freePort();
    try (LiveProcess live =
        LiveProcess.start(dir, "run", "main.py", "--", Integer.toString(port))) {
      live.awaitOut("server ready");
      assertThat(get(port, "/first")).isEqualTo("hello from live, you asked for /first\n");
      for (int reload = 1; reload <= 20; reload++) {
        live.awaitErr("[live] ok");
        write("handler.py", handler.replace("hello from live", "reload " + reload));

        live.awaitOut("server ready");
        assertThat(get(port, "/r")).isEqualTo("reload " + reload + ", you asked for /r\n");
      }
      assertThat(live.transcript()).doesNotContain("already in use", "BindException");
    }
  }

  @Test
  void aLocalPythonImportIsReadAgainAndWatched() throws Exception {
    write("util.py", "def word():\n    return 'one'\n");
    write("main.py", "import util\nfrom util import word\nprint util.word(), word()\n");
    try (LiveProcess live = LiveProcess.start(dir, "run", "main.py")) {
      live.awaitOut("one one");
      live.awaitErr("[live] ok");

      write("util.py", "def word():\n    return 'two'\n");

      live.awaitOut("two two");
      live.awaitErr("util.py changed");
    }
  }

  @Test
  void anUnchangedPythonFileIsNotCompiledAgain() throws Exception {
    write("word.py", "word = 'one'\n");
    write("main.py", "def f():\n    pass\nprint use('word').word, 'code', id(f.func_code)\n");
    try (LiveProcess live = LiveProcess.start(dir, "run", "main.py")) {
      String first = live.awaitOutMatching("one code \\d+").replace("one", "");
      live.awaitErr("[live] ok");

      write("word.py", "word = 'two'\n");
      String second = live.awaitOutMatching("two code \\d+").replace("two", "");
      live.awaitErr("[live] ok");
      write("main.py", "def f():\n    pass\nprint use('word').word, 'code', id(f.func_code), 2\n");
      String third = live.awaitOutMatching("two code \\d+ 2").replace("two", "");

      assertThat(second).as("main.py unchanged: the same code object").isEqualTo(first);
      assertThat(third).as("main.py saved: compiled again").isNotEqualTo(first + " 2");
    }
  }

  @Test
  void anEsModuleImportIsReadAgainAndWatched() throws Exception {
    write("util.mjs", "export const word = () => 'one';\n");
    write("main.mjs", "import { word } from './util.mjs';\nconsole.log(word());\n");
    try (LiveProcess live = LiveProcess.start(dir, "run", "main.mjs")) {
      live.awaitOut("one");
      live.awaitErr("[live] ok");

      write("util.mjs", "export const word = () => 'two';\n");

      live.awaitOut("two");
      live.awaitErr("util.mjs changed");
      live.awaitErr("[live] ok");

      // Run 2 ran in a context made before it started: its imports are still its own.
      write("util.mjs", "export const word = () => 'three';\n");

      live.awaitOut("three");
    }
  }

  @Test
  void theTickerExampleKeepsCountingWhenItsModuleIsSaved() throws Exception {
    Path example = Path.of(System.getProperty("live.examples"), "ticker");
    Files.copy(example.resolve("main.py"), dir.resolve("main.py"));
    Files.copy(example.resolve("face.py"), dir.resolve("face.py"));
    try (LiveProcess live = LiveProcess.start(dir, "run", "main.py")) {
      live.awaitOut("tick 1 ->");

      write("face.py", "def line(n):\n    return 'TICK %d' % n\n");

      String line = live.awaitOutMatching("TICK \\d+");
      assertThat(Integer.parseInt(line.substring(5))).isGreaterThanOrEqualTo(2);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String get(int port, String path) throws IOException {
    HttpURLConnection connection =
        (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL().openConnection();
    connection.setConnectTimeout(5000);
    connection.setReadTimeout(5000);
    try (InputStream body = connection.getInputStream()) {
      return new String(body.readAllBytes(), StandardCharsets.UTF_8);
    } finally {
      connection.disconnect();
    }
  }
}
