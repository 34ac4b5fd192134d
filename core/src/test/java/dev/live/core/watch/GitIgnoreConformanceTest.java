package dev.live.core.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds a repository with nested ignore files, info/exclude and a global excludes file, and asks
 * both git ({@code git check-ignore --no-index -v -n}) and {@link IgnoreFiles} about every path in
 * it: whether it is ignored and which file and line decide.
 */
class GitIgnoreConformanceTest {

  private static final String ROOT_RULES =
      String.join(
          "\n",
          "# a comment, then a blank line",
          "",
          "*.log",
          "!keep.log",
          "**/logs",
          "foo/**",
          "a/**/b",
          "/root-only.txt",
          "doc/*.txt",
          "tmp/",
          "\\!important",
          "\\#hash",
          "spaced\\ ",
          "trail   ",
          "[abc].c",
          "file[0-9].dat",
          "[!x]y.z",
          "[[:digit:]]*.num",
          "?.q",
          "build/",
          "!build/keep.txt",
          "x/**/y/**/z",
          "ab**cd",
          "[]]x",
          "[!]]w",
          "[a-]r",
          "\\[lit]",
          "**/deep/**",
          "*.[ch]",
          "mid*/*.md",
          "bad[",
          "[[:nope:]]u",
          "sp ace.txt\r",
          "\\ lead.txt");
  private static final String SUB_RULES =
      String.join("\n", "!*.log", "/anchored-in-sub", "inner/", "!inner/", "*.tmp", "!b.txt");
  private static final String INNER_RULES = String.join("\n", "!special.tmp", "*.c", "!a.c");
  private static final String EXCLUDE_RULES = String.join("\n", "*.exclude", "!keep.exclude");
  private static final String GLOBAL_RULES = String.join("\n", "*.global", "*.exclude", "!x.num");

  private static final List<String> FOLDERS =
      List.of(
          "",
          "sub",
          "sub/inner",
          "sub/deep",
          "logs",
          "x/logs",
          "foo",
          "foo/bar",
          "a",
          "a/b",
          "a/x/b",
          "doc",
          "doc/sub",
          "build",
          "tmp",
          "x/tmp",
          "x/y/z",
          "middle",
          "a/b/c/d");
  private static final List<String> FILES =
      List.of(
          "a.log",
          "keep.log",
          "b.txt",
          "root-only.txt",
          "!important",
          "#hash",
          "spaced ",
          "trail",
          "a.c",
          "d.c",
          "x.h",
          "file1.dat",
          "filex.dat",
          "ay.z",
          "xy.z",
          "7x.num",
          "x.num",
          "q.q",
          "ab.q",
          "special.tmp",
          "other.tmp",
          "e.exclude",
          "keep.exclude",
          "g.global",
          "anchored-in-sub",
          "abXcd",
          "]x",
          "aw",
          "]w",
          "-r",
          "[lit]",
          "l",
          "keep.txt",
          "notes.md",
          "u",
          "sp ace.txt",
          " lead.txt",
          "bad[");

  @TempDir Path repository;
  @TempDir Path home;

  @Test
  void everyAnswerAgreesWithGitCheckIgnore() throws Exception {
    assumeTrue(gitIsInstalled(), "git is not installed: the conformance test is skipped");
    run(List.of("git", "init", "-q"), null);
    write(".gitignore", ROOT_RULES);
    write("sub/.gitignore", SUB_RULES);
    write("sub/inner/.gitignore", INNER_RULES);
    write(".git/info/exclude", EXCLUDE_RULES);
    Path global = home.resolve("global-ignore");
    Files.writeString(global, GLOBAL_RULES);
    Map<String, Boolean> paths = new LinkedHashMap<>();
    for (String folder : FOLDERS) {
      if (!folder.isEmpty()) {
        Files.createDirectories(repository.resolve(folder));
        paths.put(folder, true);
      }
      for (String file : FILES) {
        String path = folder.isEmpty() ? file : folder + "/" + file;
        Files.writeString(repository.resolve(path), "x");
        paths.put(path, false);
      }
    }

    Map<String, String> git = gitAnswers(global, List.copyOf(paths.keySet()));
    IgnoreFiles ours = new IgnoreFiles(repository, true, global, List.of());
    List<String> disagreements = new ArrayList<>();
    Map<String, Integer> outcomes = new LinkedHashMap<>();
    paths.forEach(
        (path, isFolder) -> {
          IgnorePattern decided = ours.decide(path, isFolder, 0);
          String outcome =
              decided == null ? "no match" : decided.negated() ? "re-included" : "ignored";
          outcomes.merge(outcome, 1, Integer::sum);
          String answer = decided == null ? "" : decided.describe();
          if (!answer.equals(git.get(path))) {
            disagreements.add(path + ": git " + git.get(path) + ", live " + answer);
          }
        });

    System.out.println("compared " + paths.size() + " paths with git check-ignore: " + outcomes);
    assertThat(git).hasSize(paths.size());
    assertThat(paths).hasSizeGreaterThan(700);
    assertThat(disagreements).isEmpty();
    // Every kind of answer is exercised, so agreement is not agreement on one answer.
    assertThat(outcomes.values()).hasSize(3).allMatch(count -> count >= 30);
  }

  /** For each path, git's deciding "source:line", or "" when no pattern matches. */
  private Map<String, String> gitAnswers(Path global, List<String> paths) throws Exception {
    String input = String.join("\0", paths) + "\0";
    String output =
        run(
            List.of(
                "git",
                "-c",
                "core.excludesFile=" + global,
                "check-ignore",
                "--no-index",
                "-v",
                "-n",
                "-z",
                "--stdin"),
            input);
    String[] fields = output.split("\0", -1);
    Map<String, String> answers = new LinkedHashMap<>();
    for (int i = 0; i + 3 < fields.length; i += 4) {
      answers.put(fields[i + 3], fields[i].isEmpty() ? "" : fields[i] + ":" + fields[i + 1]);
    }
    return answers;
  }

  private String run(List<String> command, String input) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(repository.toFile());
    builder.environment().put("HOME", home.toString());
    builder.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
    builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    builder.redirectErrorStream(true);
    Process process = builder.start();
    try {
      CompletableFuture<byte[]> output = readAll(process.getInputStream());
      try (OutputStream stdin = process.getOutputStream()) {
        if (input != null) {
          stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
      }
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("git finished").isTrue();
      String text = new String(output.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8);
      assertThat(process.exitValue()).as(text).isIn(0, 1);
      return text;
    } finally {
      process.destroyForcibly();
    }
  }

  private static CompletableFuture<byte[]> readAll(InputStream stream) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (InputStream in = stream) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toByteArray();
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private void write(String path, String content) throws IOException {
    Path file = repository.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content + "\n");
  }

  private static boolean gitIsInstalled() {
    try {
      return new ProcessBuilder("git", "--version").start().waitFor(10, TimeUnit.SECONDS);
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
