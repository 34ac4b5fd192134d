package dev.live.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: the real {@code live run} process on a JavaScript main that requires an npm package
 * installed by the test, a require of a missing package, and the fix.
 */
class NodePackagesIT {

  @TempDir Path dir;

  /** Installs lodash into the test's folder, or skips the test saying why not. */
  private void npmInstallLodash() throws IOException, InterruptedException {
    Files.writeString(dir.resolve("package.json"), "{\"name\": \"e2e\", \"private\": true}");
    Process npm;
    try {
      npm =
          new ProcessBuilder("npm", "install", "--silent", "--no-audit", "--no-fund", "lodash@4")
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("npm.log").toFile())
              .start();
    } catch (IOException e) {
      assumeTrue(false, "npm is not installed: " + e.getMessage());
      return;
    }
    boolean done = npm.waitFor(5, TimeUnit.MINUTES);
    if (!done) {
      npm.destroyForcibly();
    }
    assumeTrue(
        done && npm.exitValue() == 0,
        "npm install lodash failed (no registry?): " + Files.readString(dir.resolve("npm.log")));
  }

  @Test
  void aMainRequiringAPackageRunsAgainOnSaveAndSurvivesAMissingOne() throws Exception {
    npmInstallLodash();
    Path main =
        Files.writeString(
            dir.resolve("main.js"),
            "const _ = require('lodash');\nconsole.log('sum ' + _.sum([1, 2]));\n");
    try (LiveProcess live = LiveProcess.start(dir, "run", "main.js")) {
      live.awaitOut("sum 3");
      live.awaitErr("[live] ok");

      Files.writeString(
          main,
          "const _ = require('lodash');\nconst pad = require('left-pad');\nconsole.log(1);\n");

      live.awaitErr("Cannot find module 'left-pad'");
      live.awaitErr("main.js:2");

      Files.writeString(
          main, "const _ = require('lodash');\nconsole.log('sum ' + _.sum([1, 2, 3]));\n");

      live.awaitOut("sum 6");
      live.awaitErr("[live] ok");
    }
  }
}
