package dev.live.engine.js.node;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real npm packages, installed once per build with {@code npm install} into {@code
 * target/npm-fixtures} (nothing third-party is committed). Tests skip with the reason when npm or
 * the registry is absent.
 */
final class NpmFixtures {

  static final List<String> PACKAGES =
      List.of("lodash@4", "dayjs@1", "chalk@4", "commander@14", "uuid@14", "node-fetch@2");

  private static final Path FOLDER = Path.of("target", "npm-fixtures").toAbsolutePath();
  private static String skipReason;
  private static boolean tried;

  private NpmFixtures() {}

  /** The folder whose node_modules holds {@link #PACKAGES}, or null with {@link #skipReason}. */
  static synchronized Path folder() {
    if (!tried) {
      tried = true;
      skipReason = install();
    }
    return skipReason == null ? FOLDER : null;
  }

  static synchronized String skipReason() {
    return skipReason;
  }

  private static String install() {
    Path stamp = FOLDER.resolve("installed.txt");
    String wanted = String.join(" ", PACKAGES);
    try {
      if (Files.isRegularFile(stamp) && Files.readString(stamp).equals(wanted)) {
        return null;
      }
      Files.createDirectories(FOLDER);
      Files.writeString(
          FOLDER.resolve("package.json"), "{\"name\": \"fixtures\", \"private\": true}");
      List<String> command = new ArrayList<>(List.of("npm", "install", "--no-audit", "--no-fund"));
      command.addAll(PACKAGES);
      Process npm =
          new ProcessBuilder(command)
              .directory(FOLDER.toFile())
              .redirectErrorStream(true)
              .redirectOutput(FOLDER.resolve("npm.log").toFile())
              .start();
      if (!npm.waitFor(5, TimeUnit.MINUTES)) {
        npm.destroyForcibly();
        return "npm install took over 5 minutes";
      }
      if (npm.exitValue() != 0) {
        return "npm install failed (no registry?): "
            + Files.readString(FOLDER.resolve("npm.log"), StandardCharsets.UTF_8).strip();
      }
      Files.writeString(stamp, wanted);
      return null;
    } catch (IOException e) {
      return "npm is not available: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }
}
