package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code live} launcher itself, on the distribution this build made: the JVM it picks and the
 * Graal JIT with {@code LIVE_JIT=graal}, each with its own cache folder and without class-data
 * sharing (whose background training run would compete with the other tests).
 */
class LauncherIT {

  private static final Path DIST = Path.of(System.getProperty("live.home"));
  private static final Path LAUNCHER =
      Path.of(System.getProperty("live.examples")).getParent().resolve("live");

  @TempDir Path cache;
  @TempDir Path scripts;

  @BeforeEach
  void distributionIsFresh() throws IOException {
    // The launcher rebuilds when sources are newer than this stamp; Maven has just built it all.
    Files.writeString(DIST.resolve(".built"), "");
  }

  private String live(Map<String, String> settings, String... args)
      throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of(LAUNCHER.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> environment = builder.environment();
    environment.put("XDG_CACHE_HOME", cache.toString());
    environment.put("LIVE_CDS", "off");
    environment.putAll(settings);
    Process process = builder.start();
    process.getOutputStream().close();
    try {
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("live exits").isTrue();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.exitValue()).as(output).isZero();
      return output;
    } finally {
      process.destroyForcibly();
    }
  }

  /** A JDK of the Graal compiler's own release, if this machine has one. */
  private static Optional<Path> jdkForTheCompiler() throws IOException {
    String major;
    try (Stream<Path> jars = Files.list(DIST.resolve("jvmci"))) {
      major =
          jars.map(jar -> jar.getFileName().toString())
              .filter(name -> name.startsWith("compiler-"))
              .map(name -> name.replaceAll("^compiler-(\\d+).*", "$1"))
              .findFirst()
              .orElseThrow();
    }
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return Optional.empty();
    }
    try (Stream<Path> homes = Files.list(jvms)) {
      return homes
          .filter(home -> Files.isExecutable(home.resolve("bin/jlink")))
          .filter(home -> releaseOf(home).equals(major))
          .findFirst();
    }
  }

  private static String releaseOf(Path home) {
    try {
      return Files.readAllLines(home.resolve("release")).stream()
          .filter(line -> line.startsWith("JAVA_VERSION="))
          .map(line -> line.replaceAll("^JAVA_VERSION=\"(\\d+).*", "$1"))
          .findFirst()
          .orElse("");
    } catch (IOException e) {
      return "";
    }
  }

  @Test
  void graalJsIsInterpretedByDefault() throws Exception {
    assertThat(live(Map.of(), "engines")).containsPattern("GraalJS \\S+ \\(interpreted\\)");
  }

  @Test
  void liveJitGraalLinksARuntimeOnceAndCompilesJavaScript() throws Exception {
    Optional<Path> jdk = jdkForTheCompiler();
    assumeThat(jdk).as("a JDK of the Graal compiler's release in /usr/lib/jvm").isPresent();
    Map<String, String> settings = new HashMap<>();
    settings.put("LIVE_JIT", "graal");
    settings.put("LIVE_JAVA_HOME", jdk.get().toString());

    String first = live(settings, "engines");
    String second = live(settings, "engines");

    assertThat(first)
        .contains("linking a Java runtime for the Graal compiler")
        .containsPattern("GraalJS \\S+ \\(graalvm ce\\)");
    assertThat(second).doesNotContain("linking").containsPattern("GraalJS \\S+ \\(graalvm ce\\)");
    try (Stream<Path> images = Files.list(cache.resolve("live/jdk"))) {
      assertThat(images.filter(image -> Files.isExecutable(image.resolve("bin/java")))).hasSize(1);
    }
  }

  @Test
  void aSlowJavaScriptRunOffersTheJitWhereItWouldWork() throws Exception {
    Optional<Path> jdk = jdkForTheCompiler();
    assumeThat(jdk).as("a JDK of the Graal compiler's release in /usr/lib/jvm").isPresent();
    Path slow = scripts.resolve("slow.js");
    Files.writeString(slow, "const end = Date.now() + 1100;\nwhile (Date.now() < end) {}\n");

    String output =
        live(Map.of("LIVE_JAVA_HOME", jdk.get().toString()), "run", "--once", slow.toString());

    assertThat(output).contains("[live] hint: JavaScript runs interpreted; LIVE_JIT=graal");
  }
}
