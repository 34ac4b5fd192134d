package dev.live.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.reload.LiveSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example as its header says to use it: run, then edit the script and see new values. */
class PriceBoardTest {

  @TempDir Path dir;

  private static String next(BlockingQueue<String> lines) throws InterruptedException {
    String line = lines.poll(30, TimeUnit.SECONDS);
    assertThat(line).as("a printed line within 30 s").isNotNull();
    return line;
  }

  @Test
  void printsTheScriptsExportsAfterEachRun() throws Exception {
    Path example = Path.of("").toAbsolutePath();
    Path script = Files.copy(example.resolve("prices.py"), dir.resolve("prices.py"));
    Path rates = Files.copy(example.resolve("rates.js"), dir.resolve("rates.js"));
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    try (LiveSession session = PriceBoard.start(script, lines::add)) {
      assertThat(next(lines)).matches("run 1 \\(\\d+ ms\\): 4 items, 14.25 \\(17.10 with tax\\)");

      Files.writeString(
          rates, Files.readString(rates).replace("catalog.taxRate()", "catalog.taxRate() / 2"));
      assertThat(next(lines)).matches("run 2 \\(\\d+ ms\\): 4 items, 14.25 \\(15.68 with tax\\)");

      Files.writeString(
          script,
          Files.readString(script).replace("items = catalog.items()", "items = ['coffee']"));
      assertThat(next(lines)).matches("run 3 \\(\\d+ ms\\): 1 items, 7.50 \\(8.25 with tax\\)");
    }
  }
}
