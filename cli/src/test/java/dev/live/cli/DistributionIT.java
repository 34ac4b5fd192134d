package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The archives the build made ({@code live-VERSION.tar.gz} and {@code .zip}), unpacked into a temp
 * folder, run scripts with a JDK alone: no Maven on the PATH, an empty home folder (so no Maven
 * repository), started through a symlink as an install in ~/bin would be. Their man page documents
 * every option of {@code live run}.
 */
class DistributionIT {

  private static final Path TARGET = Path.of(System.getProperty("live.home")).getParent();

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"tar.gz", "zip"})
  void theUnpackedArchiveRunsPythonAndJavaScriptWithAJdkAlone(String format) throws Exception {
    Path installation = unpack(format);
    Path home = Files.createDirectories(dir.resolve("home"));
    Path tools = Files.createDirectories(dir.resolve("tools"));
    // The PATH: a shell and the basic tools the launcher uses (sed, grep and paste to link a
    // runtime for the JIT), but neither Maven nor Java; and live itself, linked as a user would
    // link it into ~/bin.
    List<String> basics =
        List.of("bash", "env", "readlink", "stat", "mkdir", "rm", "mv", "sed", "grep", "paste");
    for (String tool : basics) {
      Files.createSymbolicLink(tools.resolve(tool), ExternalTool.onPath(tool).orElseThrow());
    }
    Files.createSymbolicLink(tools.resolve("live"), installation.resolve("bin/live"));
    Path scripts = Files.createDirectories(dir.resolve("scripts"));
    Files.writeString(scripts.resolve("hello.py"), "print 'hello from', 2 + 3\n");
    Files.writeString(scripts.resolve("hello.js"), "console.log('hello from', 6 * 7);\n");
    Map<String, String> environment = new HashMap<>();
    environment.put("HOME", home.toString());
    environment.put("PATH", tools.toString());
    environment.put("JAVA_HOME", System.getProperty("java.home"));
    environment.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
    environment.put("LIVE_CDS", "off");
    LiveProcess.shareLinkedRuntimes(dir.resolve("cache"));

    assertThat(ExternalTool.run(scripts, environment, List.of("bash", "-c", "command -v mvn")))
        .as("no mvn on the PATH the distribution runs with")
        .extracting(ExternalTool.Result::exitCode)
        .isNotEqualTo(0);
    assertRuns(scripts, environment, "hello.py", "hello from 5");
    assertRuns(scripts, environment, "hello.js", "hello from 42");
    assertThat(home.resolve(".m2")).as("no Maven repository made").doesNotExist();
  }

  private static void assertRuns(
      Path scripts, Map<String, String> environment, String script, String printed)
      throws Exception {
    // bash finds live on the PATH given, as a user's shell would.
    String bash = Path.of(environment.get("PATH"), "bash").toString();
    List<String> command = List.of(bash, "-c", "exec live run --once \"$0\"", script);
    try (LiveProcess live = LiveProcess.startCommand(scripts, environment, command)) {
      live.awaitOut(printed);
      assertThat(live.awaitExit()).as(live.transcript()).isZero();
      assertThat(live.stderr()).doesNotContain("building").contains("[live] ok in");
    }
  }

  @Test
  void theManPageDocumentsEveryOptionOfRun() throws Exception {
    Path page = unpack("tar.gz").resolve("share/man/man1/live.1");
    List<String> options = runOptions();
    String roff = Files.readString(page);
    for (String option : options) {
      assertThat(roff).as("the man page's source").contains(ManPage.escape(option));
    }

    Optional<Path> man = ExternalTool.onPath("man");
    assumeThat(man).as("man on the PATH (absent: the page's source is checked only)").isPresent();
    ExternalTool.Result shown =
        ExternalTool.run(
            dir,
            Map.of("MANWIDTH", "200", "MANPAGER", "cat", "LC_ALL", "C.UTF-8"),
            List.of(man.get().toString(), "--warnings", "-l", page.toString()));
    assertThat(shown.exitCode()).as(shown.output()).isZero();
    assertThat(shown.output()).as("troff's warnings").doesNotContain("troff");
    for (String option : options) {
      assertThat(shown.output())
          .as("man live shows %s", option)
          .containsPattern("(?m)^\\s+(\\S+, )?" + option + "(,| |$)");
    }
  }

  /** Every name of every option of {@code live run}, from the command line model. */
  private static List<String> runOptions() {
    return LiveCommand.commandLine().getSubcommands().get("run").getCommandSpec().options().stream()
        .filter(option -> !option.hidden())
        .map(OptionSpec::names)
        .flatMap(Stream::of)
        .toList();
  }

  /** The archive of this {@code format} unpacked by its usual tool; its one top folder. */
  private Path unpack(String format) throws IOException, InterruptedException {
    Path archive;
    try (Stream<Path> files = Files.list(TARGET)) {
      archive =
          files
              .filter(
                  f ->
                      f.getFileName().toString().matches("live-.+\\." + format.replace(".", "\\.")))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no live-*." + format + " in " + TARGET));
    }
    Path into = Files.createDirectories(dir.resolve("unpacked-" + format));
    List<String> command =
        format.equals("zip")
            ? List.of("unzip", "-q", archive.toString())
            : List.of("tar", "-xzf", archive.toString());
    assumeThat(ExternalTool.onPath(command.get(0)))
        .as("%s on the PATH", command.get(0))
        .isPresent();
    ExternalTool.Result unpacked = ExternalTool.run(into, Map.of(), command);
    assertThat(unpacked.exitCode()).as(unpacked.output()).isZero();
    String folder = archive.getFileName().toString().replace("." + format, "");
    Path installation = into.resolve(folder);
    assertThat(installation.resolve("bin/live")).isExecutable();
    assertThat(installation.resolve("lib/live-cli.jar")).isRegularFile();
    return installation;
  }
}
