package dev.live.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.bridge.BridgeFunction;
import dev.live.core.bridge.BridgeModule;
import dev.live.core.engine.EngineRegistry;
import dev.live.core.reload.LiveSession;
import dev.live.core.reload.RunResult;
import dev.live.core.reload.SessionListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedding API in-process, on the real watcher and engines: a Java program binds its own
 * objects into every module, starts a session, and receives each run's exports after each edit.
 */
class EmbeddingTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  @TempDir Path dir;

  private LiveSession session;
  private final BlockingQueue<Map<String, Object>> results = new LinkedBlockingQueue<>();
  private final List<String> warnings = new CopyOnWriteArrayList<>();

  /** A host object of the embedding program, called from scripts. */
  public static final class Greeter {
    private final List<String> greeted = new CopyOnWriteArrayList<>();

    public String greet(String name) {
      greeted.add(name);
      return "Hello, " + name + "!";
    }

    public List<String> greeted() {
      return greeted;
    }
  }

  @AfterEach
  void close() {
    if (session != null) {
      session.close();
    }
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  /**
   * Starts a session whose listener copies what each run exported, while it is valid (exports live
   * until the next run starts), into plain Java values.
   */
  private void start(Path main, Map<String, Object> bound, List<String> names) {
    LiveSession.Builder builder =
        LiveSession.builder(main, EngineRegistry.discover(getClass().getClassLoader()))
            .workingDirectory(dir)
            .debounce(Duration.ofMillis(10))
            .listener(
                new SessionListener() {
                  @Override
                  public void runFinished(RunResult result) {
                    Map<String, Object> seen = new LinkedHashMap<>();
                    seen.put("#run", result.number());
                    seen.put("#thread", Thread.currentThread().getName());
                    seen.put("#duration", result.duration());
                    if (result.error() != null) {
                      seen.put("#error", String.valueOf(result.error().getMessage()));
                    } else {
                      BridgeModule exports = result.exports();
                      seen.put("#keys", List.copyOf(exports.keys()));
                      for (String name : names) {
                        seen.put(name, String.valueOf(exports.get(name)));
                      }
                    }
                    results.add(seen);
                  }

                  @Override
                  public void warning(String message) {
                    warnings.add(message);
                  }
                });
    bound.forEach(builder::bind);
    session = builder.build();
    session.start();
  }

  private Map<String, Object> nextResult() throws InterruptedException {
    Map<String, Object> result = results.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    assertThat(result).as("a run result within %s; warnings: %s", TIMEOUT, warnings).isNotNull();
    return result;
  }

  @Test
  void boundObjectsReachPythonAndJavaScriptAndEachRunsExportsArriveAfterEachEdit()
      throws Exception {
    Greeter greeter = new Greeter();
    BridgeFunction twice = arguments -> ((Number) arguments.get(0)).intValue() * 2;
    Path main =
        write(
            "main.py",
            """
            names = use("names")
            greeting = greeter.greet(names.first)
            doubled = twice(21)
            count = len(names.all)
            """);
    write(
        "names.js",
        """
        var first = "Ada";
        var all = ["Ada", "Grace"];
        var shout = greeter.greet("JS").toUpperCase();
        """);
    start(
        main, Map.of("greeter", greeter, "twice", twice), List.of("greeting", "doubled", "count"));

    Map<String, Object> first = nextResult();
    assertThat(first).containsEntry("#run", 1).doesNotContainKey("#error");
    assertThat(first)
        .containsEntry("greeting", "Hello, Ada!")
        .containsEntry("doubled", "42")
        .containsEntry("count", "2")
        .containsEntry("#thread", "live-run");
    assertThat((Duration) first.get("#duration")).isPositive();
    // Bound names are globals, not exports.
    assertThat(first.get("#keys"))
        .asList()
        .containsExactlyInAnyOrder("names", "greeting", "doubled", "count");

    write(
        "names.js",
        """
        var first = "Grace";
        var all = ["Ada", "Grace", "Linus"];
        """);
    Map<String, Object> second = nextResult();
    assertThat(second)
        .containsEntry("#run", 2)
        .containsEntry("greeting", "Hello, Grace!")
        .containsEntry("count", "3");

    write(
        "main.py",
        """
        names = use("names")
        greeting = greeter.greet(names.first.lower())
        doubled = twice(len(names.all))
        count = 0
        """);
    Map<String, Object> third = nextResult();
    assertThat(third)
        .containsEntry("#run", 3)
        .containsEntry("greeting", "Hello, grace!")
        .containsEntry("doubled", "6")
        .containsEntry("count", "0");

    // The same Java object in every run and both languages.
    assertThat(greeter.greeted()).containsExactly("JS", "Ada", "Grace", "grace");
  }

  @Test
  void aJavaScriptMainSeesTheBoundObjectInEveryModuleAndAFailedRunReportsItsError()
      throws Exception {
    Greeter greeter = new Greeter();
    Path main =
        write(
            "main.js",
            """
            const helper = use("helper");
            var message = greeter.greet(helper.who());
            """);
    write(
        "helper.py",
        """
        def who():
            return greeter.greet("py")[7:9]
        """);
    start(main, Map.of("greeter", greeter), List.of("message"));

    Map<String, Object> first = nextResult();
    assertThat(first).containsEntry("message", "Hello, py!");
    assertThat(first.get("#keys")).asList().containsExactlyInAnyOrder("helper", "message");

    write("helper.py", "def who():\n    return greeter.no_such_method()\n");
    Map<String, Object> second = nextResult();
    assertThat(second).containsEntry("#run", 2);
    assertThat((String) second.get("#error")).contains("no_such_method");

    write("helper.py", "def who():\n    return 'again'\n");
    assertThat(nextResult()).containsEntry("#run", 3).containsEntry("message", "Hello, again!");
  }

  @Test
  void theGenericJsr223AdapterInjectsBoundObjectsToo() throws Exception {
    BridgeFunction twice = arguments -> ((Number) arguments.get(0)).intValue() * 2;
    Path main = write("main.py", "lua = use('calc')\nvalue = lua.result\n");
    write("calc.lua", "result = twice(5) + 1\n");
    start(main, Map.of("twice", twice), List.of("value"));

    assertThat(nextResult()).containsEntry("#run", 1).containsEntry("value", "11");

    write("calc.lua", "result = twice(50)\n");
    assertThat(nextResult()).containsEntry("#run", 2).containsEntry("value", "100");
  }
}
