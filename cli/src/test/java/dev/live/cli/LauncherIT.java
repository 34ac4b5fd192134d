package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code live} launcher itself, on the distribution this build made: the JVM it picks, the
 * Graal JIT (on by default, {@code LIVE_JIT=off}), class-data sharing, the user's {@code
 * LIVE_JAVA_OPTS} and Ctrl-C, each with its own cache folder. Only the sharing tests make archives
 * (a training run would compete with the others).
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

  /** A script that says whether GraalJS runs on the Graal compiler's runtime. */
  private Path runtimeProbe() throws IOException {
    return Files.writeString(
        scripts.resolve("runtime.js"),
        "console.log('Graal runtime: ' + Graal.isGraalRuntime());\n");
  }

  private String live(Map<String, String> settings, String... args)
      throws IOException, InterruptedException {
    return launch(LAUNCHER, settings, args);
  }

  private String launch(Path launcher, Map<String, String> settings, String... args)
      throws IOException, InterruptedException {
    return launch(launcher, 0, settings, args);
  }

  /** The output of a start that the launcher refuses, with exit code 2. */
  private String refused(Map<String, String> settings, String... args)
      throws IOException, InterruptedException {
    return launch(LAUNCHER, 2, settings, args);
  }

  private String launch(Path launcher, int exitCode, Map<String, String> settings, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(launcher.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> environment = builder.environment();
    environment.put("XDG_CACHE_HOME", cache.toString());
    environment.put("LIVE_CDS", "off");
    environment.putAll(settings);
    Process process = builder.start();
    process.getOutputStream().close();
    try {
      // Linking a runtime for the compiler takes seconds, minutes on a loaded machine.
      assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("live exits").isTrue();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.exitValue()).as(output).isEqualTo(exitCode);
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

  /** A JDK of another release than the compiler's, if this machine has one. */
  private static Optional<Path> jdkWithoutTheCompiler() throws IOException {
    Optional<Path> compilers = jdkForTheCompiler();
    Path jvms = Path.of("/usr/lib/jvm");
    if (compilers.isEmpty() || !Files.isDirectory(jvms)) {
      return Optional.empty();
    }
    String major = releaseOf(compilers.get());
    try (Stream<Path> homes = Files.list(jvms)) {
      return homes
          .filter(home -> Files.isExecutable(home.resolve("bin/java")))
          .filter(home -> !releaseOf(home).isEmpty() && !releaseOf(home).equals(major))
          .findFirst();
    }
  }

  @Test
  void theJitIsOnByDefaultOnTheCompilersJdkAfterLinkingItsRuntimeOnce() throws Exception {
    Optional<Path> jdk = jdkForTheCompiler();
    assumeThat(jdk).as("a JDK of the Graal compiler's release in /usr/lib/jvm").isPresent();
    Map<String, String> settings = Map.of("LIVE_JAVA_HOME", jdk.get().toString());

    String first = live(settings, "engines");
    String second = live(settings, "run", "--once", "-q", runtimeProbe().toString());

    assertThat(first)
        .contains("linking a Java runtime for the Graal compiler")
        .contains("JIT compiler: on");
    assertThat(second).doesNotContain("linking").contains("Graal runtime: true");
    try (Stream<Path> images = Files.list(cache.resolve("live/jdk"))) {
      assertThat(images.filter(image -> Files.isExecutable(image.resolve("bin/java")))).hasSize(1);
    }
  }

  @Test
  void liveJitOffRunsInterpretedWithoutLinkingARuntime() throws Exception {
    assertRunsInterpretedWithoutLinking("LIVE_JIT", "off", "JIT compiler: off (LIVE_JIT=off)");
  }

  /**
   * With {@code name=value} on the compiler's JDK, {@code live engines} says {@code why} and
   * JavaScript runs interpreted, with no runtime linked for the compiler.
   */
  private void assertRunsInterpretedWithoutLinking(String name, String value, String why)
      throws Exception {
    Optional<Path> jdk = jdkForTheCompiler();
    assumeThat(jdk).as("a JDK of the Graal compiler's release in /usr/lib/jvm").isPresent();

    Map<String, String> settings = Map.of("LIVE_JAVA_HOME", jdk.get().toString(), name, value);
    String output = live(settings, "engines");
    String run = live(settings, "run", "--once", "-q", runtimeProbe().toString());

    assertThat(output).contains(why).doesNotContain("linking");
    assertThat(run).contains("Graal runtime: false");
    assertThat(cache.resolve("live/jdk")).doesNotExist();
  }

  @Test
  void onAnotherJdkLiveEnginesSaysWhyTheJitIsOffAndASlowRunSaysItOnce() throws Exception {
    Optional<Path> jdk = jdkWithoutTheCompiler();
    assumeThat(jdk).as("a JDK of another release than the compiler's in /usr/lib/jvm").isPresent();
    Map<String, String> settings = Map.of("LIVE_JAVA_HOME", jdk.get().toString());
    Path slow = scripts.resolve("slow.js");
    Files.writeString(slow, "const end = Date.now() + 1100;\nwhile (Date.now() < end) {}\n");

    String engines = live(settings, "engines");
    String run = live(settings, "run", "--once", slow.toString());

    String why = "the Graal compiler needs JDK " + releaseOf(jdkForTheCompiler().orElseThrow());
    assertThat(engines).contains("JIT compiler: off, interpreted: " + why, "set LIVE_JAVA_HOME");
    assertThat(run).contains("[live] hint: JavaScript runs interpreted: " + why);
  }

  @Test
  void anUnknownLiveJitSettingIsRefusedWithTheWayOut() throws Exception {
    String output = refused(Map.of("LIVE_JIT", "fast"), "engines");

    assertThat(output).contains("LIVE_JIT is on or off, not 'fast'", "unset it");
  }

  @Test
  void javaOptionsTheJvmRefusesStopLiveNamingLiveJavaOptsAndOnesItAcceptsAreCheckedOnce()
      throws Exception {
    Path hello = helloScript();
    // Interpreted: no runtime linked for the compiler, which this test is not about.
    Map<String, String> settings = new HashMap<>(Map.of("LIVE_JIT", "off"));

    settings.put("LIVE_JAVA_OPTS", "-Xmx300m -XX:+NoSuchFlag");
    String output = refused(settings, "run", "--once", hello.toString());
    assertThat(output)
        .contains(
            "live: the JVM refuses LIVE_JAVA_OPTS (-Xmx300m -XX:+NoSuchFlag)",
            "Unrecognized VM option 'NoSuchFlag'",
            "unset LIVE_JAVA_OPTS")
        .doesNotContain("Could not create the Java Virtual Machine", "hello");

    settings.put("LIVE_JAVA_OPTS", "-Xmx300m");
    assertThat(live(settings, "run", "--once", "-q", hello.toString())).contains("hello");
    try (Stream<Path> checked = Files.list(cache.resolve("live/checked-options"))) {
      assertThat(checked).as("the accepted set, remembered").hasSize(1);
    }
  }

  @Test
  void javaOptionsAreCheckedEvenWhereTheCacheCannotRememberThem() throws Exception {
    Path hello = helloScript();
    // A folder no one can create files in, root included.
    Files.createDirectories(cache.resolve("live"));
    Files.createSymbolicLink(cache.resolve("live/checked-options"), Path.of("/proc/self"));
    Map<String, String> settings = Map.of("LIVE_JIT", "off", "LIVE_JAVA_OPTS", "-Xmx300m");

    assertThat(live(settings, "run", "--once", "-q", hello.toString())).contains("hello");
  }

  @Test
  void javaOptionsWritingAClassArchiveAtExitAreLeftToTheJvm() throws Exception {
    Path hello = helloScript();
    Path archive = scripts.resolve("own.jsa");
    Map<String, String> settings =
        Map.of("LIVE_JIT", "off", "LIVE_JAVA_OPTS", "-XX:ArchiveClassesAtExit=" + archive);

    assertThat(live(settings, "run", "--once", "-q", hello.toString())).contains("hello");

    // A check would have run a JVM with the option, which writes the archive too.
    assertThat(cache.resolve("live/checked-options")).doesNotExist();
    assertThat(archive).exists();
  }

  /** A JavaScript file that prints {@code hello}. */
  private Path helloScript() throws IOException {
    return Files.writeString(scripts.resolve("hello.js"), "console.log('hello');\n");
  }

  /** Class-data sharing on, on the JVM the tests run on. */
  private static Map<String, String> archiveSettings() {
    Map<String, String> settings = new HashMap<>();
    settings.put("LIVE_CDS", "on");
    settings.put("LIVE_JAVA_HOME", System.getProperty("java.home"));
    return settings;
  }

  /** {@code settings} with the JVM's log of the archive it maps, after any LIVE_JAVA_OPTS. */
  private static Map<String, String> loggingArchives(Map<String, String> settings) {
    Map<String, String> logged = new HashMap<>(settings);
    String release = releaseOf(Path.of(settings.get("LIVE_JAVA_HOME")));
    String log = Integer.parseInt(release) >= 25 ? "-Xlog:aot" : "-Xlog:cds";
    logged.merge("LIVE_JAVA_OPTS", log, (options, logging) -> options + " " + logging);
    return logged;
  }

  /** The newest JDK in /usr/lib/jvm, whose archive (a JDK 25 AOT cache) holds heap objects too. */
  private static Path newestJdk() throws IOException {
    Path jvms = Path.of("/usr/lib/jvm");
    Path tests = Path.of(System.getProperty("java.home"));
    if (!Files.isDirectory(jvms)) {
      return tests;
    }
    try (Stream<Path> homes = Files.list(jvms)) {
      return homes
          .filter(home -> Files.isExecutable(home.resolve("bin/java")))
          .filter(home -> !releaseOf(home).isEmpty())
          .max(Comparator.comparingInt(home -> Integer.parseInt(releaseOf(home))))
          .orElse(tests);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"-XX:+UseG1GC", "-Xmx48m", "-Xmn96m"})
  void theUsersJavaOptionsWinOverTheDefaultsAndGetAnArchiveMadeWithThem(String option)
      throws Exception {
    // Another collector, a heap smaller than the initial one, a young generation bigger than it.
    Map<String, String> settings = archiveSettings();
    settings.put("LIVE_JAVA_HOME", newestJdk().toString());
    settings.put("LIVE_JAVA_OPTS", option);
    Path hello = helloScript();

    assertThat(live(settings, "run", "--once", "-q", hello.toString())).contains("hello");
    Path archive = awaitTraining(cache.resolve("live/cds"));
    String mapped = live(loggingArchives(settings), "run", "--once", "-q", hello.toString());

    assertThat(archive.getFileName().toString()).contains("+options-");
    assertUsed(mapped, archive);
    assertThat(mapped).contains("hello");
  }

  @Test
  void shenandoahChosenInLiveJavaOptsRunsInterpretedAndSaysWhy() throws Exception {
    assertRunsInterpretedWithoutLinking(
        "LIVE_JAVA_OPTS",
        "-XX:+UseShenandoahGC",
        "JIT compiler: off, interpreted: the Graal compiler does not support the Shenandoah");
  }

  @Test
  void theClassArchiveIsMadeOnceUsedByLaterStartsAndMadeAgainWhenAJarChanges() throws Exception {
    // The JVM the tests run on; it names the archive it maps in its class-data-sharing log.
    Map<String, String> settings = archiveSettings();
    Map<String, String> logged = loggingArchives(settings);
    Path archives = cache.resolve("live/cds");

    live(settings, "--version");
    Path archive = awaitTraining(archives);
    assertUsed(live(logged, "--version"), archive);

    Path jar = DIST.resolve("lib/live-cli.jar");
    FileTime built = Files.getLastModifiedTime(jar);
    FileTime firstMade = Files.getLastModifiedTime(archive);
    try {
      // Older, not newer: a jar copied with its time kept changes no "newer than" check.
      Files.setLastModifiedTime(jar, FileTime.fromMillis(built.toMillis() - 60_000));
      String stale = live(logged, "--version");
      assertThat(stale)
          .as("the JVM is not given an archive of other jars")
          .doesNotContain(archive + ".");
      assertThat(stale).doesNotContainPattern("\\[(warning|error)");
      assertThat(awaitTraining(archives)).isEqualTo(archive);
      assertThat(Files.getLastModifiedTime(archive)).isGreaterThan(firstMade);
      assertUsed(live(logged, "--version"), archive);
    } finally {
      Files.setLastModifiedTime(jar, built);
    }
  }

  @Test
  void twoInstallationsKeepTheirOwnArchivesAndOneWithoutExamplesTrainsToo(@TempDir Path copy)
      throws Exception {
    // A second installation: the launcher and the distribution, without examples/ or sources.
    Path launcher = Files.copy(LAUNCHER, copy.resolve("live"));
    copyTree(DIST, copy.resolve("cli/target/live"));
    Map<String, String> settings = archiveSettings();
    Path archives = cache.resolve("live/cds");

    live(settings, "--version");
    Path first = awaitTraining(archives);
    launch(launcher, settings, "--version");
    awaitTrainingDone(archives);

    try (Stream<Path> files = Files.list(archives)) {
      assertThat(files.filter(f -> f.toString().endsWith(".jsa")))
          .as("the first installation's archive is kept, and the second made its own")
          .hasSize(2)
          .contains(first);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Files.copy(
            path, to.resolve(from.relativize(path).toString()), StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
  }

  /** Waits, with a bound, until no training run holds a lock in the archive folder. */
  private static void awaitTrainingDone(Path archives) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < deadline) {
      try (Stream<Path> files = Files.list(archives)) {
        if (files.noneMatch(f -> f.toString().endsWith(".lock"))) {
          return;
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("a training run still holds a lock in " + archives + " after 180 s");
  }

  /** The JVM's log says it opened the archive, and neither warned nor failed. */
  private static void assertUsed(String output, Path archive) {
    assertThat(output)
        .contains("Opened", archive + ".")
        .doesNotContainPattern("\\[(warning|error)");
  }

  /** Waits, with a bound, for the background training run to finish; the archive it made. */
  private static Path awaitTraining(Path archives) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < deadline) {
      try (Stream<Path> files = Files.list(archives)) {
        List<Path> all = files.toList();
        boolean training = all.stream().anyMatch(f -> f.toString().endsWith(".lock"));
        Optional<Path> archive =
            all.stream().filter(f -> f.toString().endsWith(".jsa")).findFirst();
        if (!training && archive.isPresent()) {
          return archive.get();
        }
      } catch (NoSuchFileException e) {
        // The training run has not made the folder yet.
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no class archive in " + archives + " within 180 s");
  }

  @Test
  void aPython3StartMakesAndMapsAnArchiveOfItsOwn() throws Exception {
    Map<String, String> settings = archiveSettings();
    Map<String, String> logged = loggingArchives(settings);
    Path archives = cache.resolve("live/cds");
    Path main = Files.writeString(scripts.resolve("main.py"), "#!/usr/bin/env python3\nprint(1)\n");

    live(settings, "run", "--once", "-q", main.toString());
    Path python3 = awaitTraining(archives);

    assertThat(python3.getFileName().toString()).contains("-python3-");
    assertUsed(live(logged, "run", "--once", "-q", main.toString()), python3);
    assertThat(live(logged, "--version"))
        .as("other starts do not map the Python 3 archive")
        .doesNotContain(python3 + ".");

    // Without a first line, Python 3 as the command line or the nearest project file chooses it.
    Path project = Files.createDirectories(scripts.resolve("project/src"));
    Path plain = Files.writeString(project.resolve("main.py"), "print(2)\n");
    assertUsed(live(logged, "run", "--once", "--engine", ".PY=GraalPy", plain.toString()), python3);
    Files.writeString(
        scripts.resolve("project/" + ProjectFile.NAME),
        "quiet = true\nengine = [\n  \"js=js\",  # the default\n  'py=graalpy',\n]\n");
    assertUsed(live(logged, "run", "--once", plain.toString()), python3);
    assertThat(live(logged, "run", "--once", "--no-config", plain.toString()))
        .as("--no-config: the project file chooses nothing")
        .doesNotContain(python3 + ".");
    assertThat(live(logged, "run", "--once", "--engine=py=python", main.toString()))
        .as("the command line's choice wins over the first line")
        .doesNotContain(python3 + ".");
    awaitTrainingDone(archives);
  }

  @Test
  void liveStartedInTheBackgroundByAScriptStillStopsOnSigint() throws Exception {
    // A shell without job control starts `live &` with SIGINT ignored, which a JVM keeps.
    Files.writeString(scripts.resolve("main.js"), "console.log('ready');\n");
    // Signals, not the JIT: without it no runtime is linked first.
    Map<String, String> settings =
        Map.of("XDG_CACHE_HOME", cache.toString(), "LIVE_CDS", "off", "LIVE_JIT", "off");
    List<String> command =
        List.of("bash", "-c", "\"$0\" run main.js & echo \"pid $!\"; wait $!", LAUNCHER.toString());
    try (LiveProcess live = LiveProcess.startCommand(scripts, settings, command)) {
      String pid = live.awaitOutMatching("pid \\d+").substring("pid ".length());
      live.awaitOut("ready");

      Process kill = new ProcessBuilder("kill", "-INT", pid).start();
      assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();

      assertThat(live.awaitExit()).isEqualTo(ExitCodes.INTERRUPTED);
      assertThat(live.stderr()).contains("stopped");
    }
  }
}
