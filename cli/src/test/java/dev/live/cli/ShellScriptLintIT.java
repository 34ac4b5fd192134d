package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every shell script of the repository (the {@code live} launcher, {@code .ci/run}, any other) is
 * clean by {@code shellcheck}, when it is installed; CI installs it.
 */
class ShellScriptLintIT {

  private static final Path ROOT = Path.of(System.getProperty("live.examples")).getParent();
  private static final Set<String> NOT_SEARCHED = Set.of(".git", "target", "node_modules");
  private static final Pattern SHELL_SHEBANG =
      Pattern.compile("^#!\\s*\\S*/(env\\s+)?(ba|da)?sh(\\s.*)?$");
  private static final int SHEBANG_BYTES = 128;

  @TempDir Path dir;

  @Test
  void everyShellScriptIsCleanByShellcheck() throws Exception {
    Optional<Path> shellcheck = ExternalTool.onPath("shellcheck");
    assumeThat(shellcheck).as("shellcheck on the PATH (absent: no script is linted)").isPresent();
    List<String> scripts = shellScripts();
    assertThat(scripts).as("the shell scripts found").contains("live", ".ci/run");

    List<String> command = new ArrayList<>(List.of(shellcheck.get().toString(), "--format=gcc"));
    command.addAll(scripts);
    Path report = dir.resolve("shellcheck.txt");
    Process process =
        new ProcessBuilder(command)
            .directory(ROOT.toFile())
            .redirectErrorStream(true)
            .redirectOutput(report.toFile())
            .start();
    try {
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("shellcheck exits").isTrue();
      String findings = Files.readString(report);
      assertThat(findings).as("shellcheck %s", scripts).isEmpty();
      assertThat(process.exitValue()).as("shellcheck's status").isZero();
    } finally {
      process.destroyForcibly();
    }
  }

  /** The repository's shell scripts, relative to its root: {@code *.sh} and sh/bash shebangs. */
  private static List<String> shellScripts() throws IOException {
    List<String> scripts = new ArrayList<>();
    Files.walkFileTree(
        ROOT,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
            return NOT_SEARCHED.contains(folder.getFileName().toString())
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            if (attributes.isRegularFile() && isShellScript(file)) {
              scripts.add(ROOT.relativize(file).toString());
            }
            return FileVisitResult.CONTINUE;
          }
        });
    scripts.sort(null);
    return scripts;
  }

  private static boolean isShellScript(Path file) throws IOException {
    if (file.getFileName().toString().endsWith(".sh")) {
      return true;
    }
    byte[] start;
    try (InputStream in = Files.newInputStream(file)) {
      start = in.readNBytes(SHEBANG_BYTES);
    }
    String firstLine =
        new String(start, StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
    return SHELL_SHEBANG.matcher(firstLine).matches();
  }
}
