package dev.live.engine.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.engine.ScriptExitException;
import dev.live.core.engine.ScriptFailedException;
import dev.live.core.reload.EngineSessions;
import dev.live.core.reload.LiveSession;
import dev.live.core.reload.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every run starts from the interpreter as the session started it, whatever the run before did to
 * the one Jython they share, and ends the way CPython would have ended it.
 */
class PythonRunIsolationIT {

  @TempDir Path dir;

  @RegisterExtension final EngineSessions sessions = new EngineSessions(() -> dir);

  @Test
  void whatARunChangesInSysAndOsDoesNotReachTheNextRun() throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    Path main =
        sessions.write(
            "main.py",
            """
            import os, sys
            class Quiet(object):
                def write(self, text):
                    pass
            cwd = os.getcwd()
            limit = sys.getrecursionlimit()
            path = list(sys.path)
            print "stdout works"
            stdout = type(sys.stdout).__name__
            if live.run == 1:
                os.chdir(os.path.join(os.path.dirname(__file__), "sub"))
                sys.setrecursionlimit(50)
                sys.path.insert(0, "/x")
                sys.stdout.close()
                sys.stdout = Quiet()
            """);
    LiveSession session = sessions.open(main);
    RunResult first = session.runOnce();
    assertThat(first.error()).isNull();

    RunResult second = session.runOnce();

    assertThat(second.error()).isNull();
    for (String name : new String[] {"cwd", "limit", "path", "stdout"}) {
      assertThat(second.exports().get(name)).as(name).isEqualTo(first.exports().get(name));
    }
    assertThat(second.exports().get("stdout")).isEqualTo("file");
  }

  @ParameterizedTest
  @CsvSource({"exit(), 0", "exit(3), 3", "quit(), 0", "quit(4), 4", "import os; os._exit(5), 5"})
  void exitQuitAndOsExitEndTheRunWithTheirStatus(String call, int status) throws IOException {
    Path main = sessions.write("main.py", "print 'before'\n" + call + "\nprint 'after'\n");

    RunResult result = sessions.runOnce(main);

    assertThat(result.error()).isInstanceOf(ScriptExitException.class);
    assertThat(((ScriptExitException) result.error()).status()).isEqualTo(status);
  }

  @Test
  void deepRecursionIsARuntimeErrorWithATracebackAndTheNextRunWorks() throws IOException {
    Path main = sessions.write("main.py", "def f(n):\n    return f(n + 1)\nf(0)\n");
    LiveSession session = sessions.open(main);

    RunResult result = session.runOnce();

    assertThat(result.error()).isInstanceOf(ScriptFailedException.class);
    ScriptFailedException error = (ScriptFailedException) result.error();
    assertThat(error.errorType()).isEqualTo("RuntimeError");
    assertThat(error.errorMessage()).contains("maximum recursion depth");
    assertThat(error.scriptTrace()).contains("main.py\", line 2, in f", "Previous frame repeated");
    sessions.write("main.py", "def f(n):\n    return n if n > 100 else f(n + 1)\nx = f(0)\n");
    RunResult next = session.runOnce();
    assertThat(next.error()).isNull();
    assertThat(next.exports().get("x")).isEqualTo(101);
  }
}
