package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --events FILE} from the real {@code live} process, each line read by JavaScript's own
 * {@code JSON.parse} (GraalJS, already a dependency), so the lines are JSON as any reader sees it.
 */
class EventsIT {

  @TempDir Path dir;

  private final Context javaScript =
      Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();

  @AfterEach
  void closeJavaScript() {
    javaScript.close();
  }

  @Test
  void eachSessionAndRunStartAndEndIsOneJsonLine() throws Exception {
    Path main = dir.resolve("main.js");
    Path events = dir.resolve("events.jsonl");
    Files.writeString(main, "console.log('one')\n");
    try (LiveProcess live =
        LiveProcess.start(dir, "run", "--events", events.toString(), "main.js")) {
      live.awaitErr("[live] ok in");
      Files.writeString(main, "// a \"quoted\" comment\nthrow new TypeError('bad\\tinput')\n");
      live.awaitErr("[live] failed in");
      Files.writeString(main, "process.exit(3)\n");
      live.awaitErr("exited with status 3");
      Files.writeString(main, "console.log('looping')\nwhile (true) {}\n");
      live.awaitOut("looping");
      Files.writeString(main, "console.log('two')\n");
      live.awaitErr("[live] ok in");
      live.interrupt();
      assertThat(live.awaitExit()).isEqualTo(130);
    }

    List<Value> lines = Files.readAllLines(events).stream().map(this::parse).toList();
    assertThat(lines.stream().map(line -> text(line, "event")))
        .containsExactly(
            "session-start",
            "run-start",
            "run-end",
            "run-start",
            "run-end",
            "run-start",
            "run-end",
            "run-start",
            "run-end",
            "run-start",
            "run-end",
            "session-end");
    assertThat(text(lines.get(0), "main")).isEqualTo(main.toString());
    assertThat(number(lines.get(0), "pid")).isPositive();
    assertThat(lines).allSatisfy(line -> assertThat(text(line, "time")).matches("\\d{4}-.*Z"));

    Value firstStart = lines.get(1);
    assertThat(number(firstStart, "run")).isEqualTo(1);
    assertThat(text(firstStart, "trigger")).isEqualTo("start");
    assertThat(firstStart.getMember("changed").getArraySize()).isZero();
    Value firstEnd = lines.get(2);
    assertThat(text(firstEnd, "outcome")).isEqualTo("ok");
    assertThat(number(firstEnd, "watched")).isEqualTo(1);
    assertThat(number(firstEnd, "durationMs")).isNotNegative();

    Value secondStart = lines.get(3);
    assertThat(text(secondStart, "trigger")).isEqualTo("change");
    assertThat(secondStart.getMember("changed").getArrayElement(0).asString())
        .isEqualTo(main.toString());
    Value failed = lines.get(4);
    assertThat(text(failed, "outcome")).isEqualTo("error");
    assertThat(text(failed, "errorType")).isEqualTo("TypeError");
    assertThat(text(failed, "message")).isEqualTo("bad\tinput");
    assertThat(text(failed, "file")).isEqualTo(main.toString());
    assertThat(number(failed, "line")).isEqualTo(2);

    Value exited = lines.get(6);
    assertThat(text(exited, "outcome")).isEqualTo("exit");
    assertThat(number(exited, "exitStatus")).isEqualTo(3);
    assertThat(text(lines.get(8), "outcome")).isEqualTo("cancelled");
    assertThat(text(lines.get(10), "outcome")).isEqualTo("ok");
    assertThat(number(lines.get(11), "status")).isEqualTo(130);
  }

  @Test
  void eventsGoToADescriptorNamedAsAFile() throws Exception {
    Files.writeString(dir.resolve("main.js"), "console.log('one')\n");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String lib = Path.of(System.getProperty("live.home"), "lib").toAbsolutePath() + "/*";
    String command =
        java
            + " -cp '"
            + lib
            + "' dev.live.cli.Main run --once --events /dev/fd/3 main.js 3>&1 1>/dev/null";
    try (LiveProcess live =
        LiveProcess.startCommand(dir, Map.of(), List.of("bash", "-c", command))) {
      String end = live.awaitOutMatching(".*\"event\":\"session-end\".*");
      assertThat(number(parse(end), "status")).isZero();
      assertThat(live.awaitExit()).isZero();
    }
  }

  @Test
  void anEventsFileThatCannotBeWrittenIsAUsageError() throws Exception {
    Files.writeString(dir.resolve("main.js"), "console.log('one')\n");
    Path folder = Files.createDirectories(dir.resolve("folder"));
    try (LiveProcess live =
        LiveProcess.start(dir, "run", "--once", "--events", folder.toString(), "main.js")) {
      assertThat(live.awaitExit()).isEqualTo(ExitCodes.USAGE);
      assertThat(live.stderr()).contains("--events " + folder, "cannot be written");
    }
  }

  private Value parse(String line) {
    return javaScript.eval("js", "(line) => JSON.parse(line)").execute(line);
  }

  private static String text(Value object, String key) {
    assertThat(object.hasMember(key)).as("%s has %s", object, key).isTrue();
    return object.getMember(key).asString();
  }

  private static long number(Value object, String key) {
    assertThat(object.hasMember(key)).as("%s has %s", object, key).isTrue();
    return object.getMember(key).asLong();
  }
}
