package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: {@code console}'s methods print to the streams Node prints them to, lines as Node
 * prints them, compared with the installed {@code node} (skipped where there is none).
 */
class NodeConsoleIT {

  private static final String SCRIPT =
      """
      console.group('outer');
      console.log('inside');
      console.group();
      console.info({ a: [1, 2], s: 'text' });
      console.groupEnd();
      console.groupEnd();
      console.count();
      console.count();
      console.count('x');
      console.countReset();
      console.count();
      console.table([{ a: 1, b: 'x' }, { a: 2, c: true }]);
      console.table(['p', 'q']);
      console.error('to %s', 'stderr', { n: 1 });
      console.warn('warned');
      console.assert(1 === 2, 'math is %s', 'broken');
      console.assert(true, 'not printed');
      console.dir({ a: { b: { c: 1 } } }, { depth: 0 });
      console.log('%s|%d|%i|%f|%j|%%|%c.', 'str', 1.5, 2.7, '3.25', [1], 'color: red');
      console.debug(new Map([[1, { deep: { deeper: { deepest: 1 } } }]]));
      process.stdout.write('no newline|');
      process.stdout.write('done\\n');
      setTimeout(() => console.log('from a timer'), 5);
      """;

  @TempDir Path dir;

  @Test
  void consoleMethodsPrintAsNodesDo() throws Exception {
    Path main = Files.writeString(dir.resolve("main.js"), SCRIPT);
    List<String> node = node(main);
    assumeTrue(node != null, "node is not installed: nothing to compare with");

    try (LiveProcess live = LiveProcess.start(dir, "run", "--once", "--quiet", "main.js")) {
      assertThat(live.awaitExit()).isZero();
      assertThat(streams(live.transcript())).isEqualTo(node);
    }
  }

  /** The transcript's lines, stdout's first, then stderr's, each marked with its stream. */
  private static List<String> streams(String transcript) {
    List<String> lines = transcript.lines().toList();
    return Stream.concat(
            lines.stream().filter(l -> l.startsWith("out| ")),
            lines.stream().filter(l -> l.startsWith("err| ")))
        .toList();
  }

  /** What node prints for {@code script}, marked as the transcript marks it; null without node. */
  private static List<String> node(Path script) throws IOException, InterruptedException {
    Path out = script.resolveSibling("node-out.txt");
    Path err = script.resolveSibling("node-err.txt");
    Process process;
    try {
      process =
          new ProcessBuilder("node", script.toString())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
    } catch (IOException e) {
      return null;
    }
    try {
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      process.destroyForcibly();
    }
    return Stream.concat(
            Files.readAllLines(out, StandardCharsets.UTF_8).stream().map(l -> "out| " + l),
            Files.readAllLines(err, StandardCharsets.UTF_8).stream().map(l -> "err| " + l))
        .toList();
  }
}
