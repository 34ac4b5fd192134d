package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Engines added without rebuilding, end to end on the real distribution: the standalone Nashorn
 * jars (copied by the build into target/test-engines/nashorn) dropped into the user's engines
 * folder or given with --engine-path, listed by {@code live engines}, and chosen for .js with
 * {@code --engine js=nashorn}; GraalJS stays the default. Plus the usage errors.
 */
class EnginesFolderIT {

  /** GraalJS has a global {@code Graal} object, Nashorn does not. */
  private static final String WHICH_ENGINE =
      "print('engine: ' + (typeof Graal === 'undefined' ? 'nashorn' : 'graaljs')"
          + " + ', run ' + %s);\n";

  @TempDir Path dir;

  private Path config;
  private Path userEngines;
  private Map<String, String> environment;

  private static Path nashornJars() {
    Path jars =
        Path.of(System.getProperty("live.home")).getParent().resolve("test-engines/nashorn");
    assertThat(jars.resolve("nashorn-core-15.7.jar"))
        .as("copied by the build (maven-dependency-plugin in cli/pom.xml)")
        .isRegularFile();
    return jars;
  }

  @BeforeEach
  void emptyUserConfig() throws IOException {
    config = Files.createDirectories(dir.resolve("config"));
    userEngines = config.resolve("live/engines");
    // Never the real ~/.config of whoever runs the tests.
    environment = Map.of("XDG_CONFIG_HOME", config.toString());
  }

  private void dropNashornInto(Path folder) throws IOException {
    Files.createDirectories(folder);
    try (Stream<Path> jars = Files.list(nashornJars())) {
      for (Path jar : jars.toList()) {
        Files.copy(jar, folder.resolve(jar.getFileName()));
      }
    }
  }

  private Path project() throws IOException {
    Path project = Files.createDirectories(dir.resolve("project"));
    Files.writeString(project.resolve("main.js"), WHICH_ENGINE.formatted("'once'"));
    return project;
  }

  private record Result(int exit, String stdout, String stderr) {}

  private Result live(Path workingDirectory, String... args) throws Exception {
    try (LiveProcess live = LiveProcess.start(workingDirectory, environment, args)) {
      int exit = live.awaitExit();
      String stderr = live.stderr();
      StringBuilder stdout = new StringBuilder();
      for (String line : live.transcript().split("\n")) {
        if (line.startsWith("out| ")) {
          stdout.append(line.substring(5)).append('\n');
        }
      }
      return new Result(exit, stdout.toString(), stderr);
    }
  }

  @Test
  void aJarDroppedIntoTheUserEnginesFolderIsListedAndChosenWithEngine() throws Exception {
    dropNashornInto(userEngines);
    Path project = project();

    Result engines = live(project, "engines");
    assertThat(engines.exit()).as(engines.stderr()).isZero();
    assertThat(engines.stdout())
        .containsPattern("(?m)^js\\s+JavaScript\\s+GraalJS .*\\.js \\.mjs\\s+built in$")
        .containsPattern(
            "(?m)^nashorn\\s+ECMAScript\\s+OpenJDK Nashorn 15\\.7\\s.*\\.js\\s+user engines folder "
                + java.util.regex.Pattern.quote(userEngines.toString())
                + "$")
        .contains(
            ".js is claimed by js, nashorn: js runs it (the default); choose with --engine"
                + " js=NAME");

    Result chosenList = live(project, "engines", "--engine", "js=nashorn");
    assertThat(chosenList.stdout()).contains("nashorn runs it (chosen with --engine)");

    Result nashorn = live(project, "run", "--once", "--engine", "js=nashorn", "main.js");
    assertThat(nashorn.exit()).as(nashorn.stderr()).isZero();
    assertThat(nashorn.stdout()).isEqualTo("engine: nashorn, run once\n");

    Result graal = live(project, "run", "--once", "main.js");
    assertThat(graal.exit()).as(graal.stderr()).isZero();
    assertThat(graal.stdout()).isEqualTo("engine: graaljs, run once\n");
  }

  @Test
  void theChosenEngineRunsEveryReloadAndGetsTheLiveObject() throws Exception {
    Path project = project();
    Path main = project.resolve("main.js");
    Files.writeString(main, WHICH_ENGINE.formatted("live.get('run')"));
    try (LiveProcess live =
        LiveProcess.start(
            project,
            environment,
            "run",
            "--engine-path",
            nashornJars().toString(),
            "--engine",
            "js=nashorn",
            "main.js")) {
      live.awaitOut("engine: nashorn, run 1");
      live.awaitErr("ok in");
      Files.writeString(main, WHICH_ENGINE.formatted("(live.get('run') * 10)"));
      live.awaitOut("engine: nashorn, run 20");
    }
  }

  @Test
  void engineAndEnginePathErrorsAreUsageErrorsThatNameTheProblem() throws Exception {
    Path project = project();
    String jars = nashornJars().toString();

    Result unknownName =
        live(project, "run", "--once", "--engine-path", jars, "--engine", "js=rhino", "main.js");
    assertThat(unknownName.exit()).isEqualTo(2);
    assertThat(unknownName.stderr())
        .contains(
            "live: --engine js=rhino: no engine named 'rhino'; engines that claim '.js': js (built"
                + " in, the default), nashorn (--engine-path "
                + jars
                + ")");
    assertThat(unknownName.stdout()).isEmpty();

    Result wrongEngine = live(project, "engines", "--engine", "js=python");
    assertThat(wrongEngine.exit()).isEqualTo(2);
    assertThat(wrongEngine.stderr())
        .contains("--engine js=python: engine 'python' does not claim '.js'", "js (built in");

    Result unknownExtension = live(project, "run", "--once", "--engine", "xyz=js", "main.js");
    assertThat(unknownExtension.exit()).isEqualTo(2);
    assertThat(unknownExtension.stderr())
        .contains("--engine xyz=js: no engine claims '.xyz'; installed extensions: .js, .mjs");

    Result malformed = live(project, "run", "--once", "--engine", "nashorn", "main.js");
    assertThat(malformed.exit()).isEqualTo(2);
    assertThat(malformed.stderr()).contains("--engine takes EXT=NAME", "got 'nashorn'");

    Path missing = dir.resolve("no-such-engines");
    for (List<String> command :
        List.of(
            List.of("engines", "--engine-path", missing.toString()),
            List.of("run", "--once", "--engine-path", missing.toString(), "main.js"))) {
      Result result = live(project, command.toArray(String[]::new));
      assertThat(result.exit()).as(command.toString()).isEqualTo(2);
      assertThat(result.stderr()).contains("--engine-path " + missing + " does not exist");
    }

    Path notAJar = Files.writeString(dir.resolve("engine.txt"), "not a jar");
    Result wrongFile = live(project, "engines", "--engine-path", notAJar.toString());
    assertThat(wrongFile.exit()).isEqualTo(2);
    assertThat(wrongFile.stderr()).contains("--engine-path " + notAJar + " is not a jar");
  }

  @Test
  void anUnreadableEnginesFolderIsAUsageErrorNamingIt() throws Exception {
    Path locked = Files.createDirectories(userEngines);
    assertThat(locked.toFile().setReadable(false, false)).isTrue();
    try {
      // root reads every file whatever its mode: then there is nothing to check.
      org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "running as root");
      Result result = live(project(), "engines");
      assertThat(result.exit()).isEqualTo(2);
      assertThat(result.stderr()).contains("user engines folder " + locked, "cannot be read");
    } finally {
      locked.toFile().setReadable(true, false);
    }
  }
}
