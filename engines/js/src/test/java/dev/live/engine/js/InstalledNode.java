package dev.live.engine.js;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The {@code node} on the PATH, which tests run to compare live's output with Node's. */
final class InstalledNode {

  private InstalledNode() {}

  /** What {@code node script} prints, or null when there is no node to run. */
  static String output(Path script) throws IOException, InterruptedException {
    return run(script, true);
  }

  /** What {@code node script} prints when it fails, or null when there is no node to run. */
  static String failure(Path script) throws IOException, InterruptedException {
    return run(script, false);
  }

  private static String run(Path script, boolean succeeds)
      throws IOException, InterruptedException {
    Process process;
    try {
      process = new ProcessBuilder("node", script.toString()).redirectErrorStream(true).start();
    } catch (IOException e) {
      return null;
    }
    try {
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(30, TimeUnit.SECONDS) || (process.exitValue() == 0) != succeeds) {
        throw new IllegalStateException(
            "node "
                + (succeeds ? "failed: " : "did not fail: ")
                + new String(output, StandardCharsets.UTF_8));
      }
      return new String(output, StandardCharsets.UTF_8);
    } finally {
      process.destroyForcibly();
    }
  }
}
