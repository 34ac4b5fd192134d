package dev.live.engine.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.live.core.bridge.BridgeFunction;
import dev.live.core.bridge.BridgeModule;
import dev.live.core.bridge.BridgeObject;
import dev.live.core.engine.ScriptFailedException;
import dev.live.core.reload.EngineSessions;
import dev.live.core.reload.LiveSession;
import dev.live.core.reload.RunResult;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Python values to bridge values and back, on the real Jython: what another language or an
 * embedding Java program receives from Python, and what Python receives from them.
 */
class PythonBridgeIT {

  @TempDir Path dir;

  @RegisterExtension final EngineSessions sessions = new EngineSessions(() -> dir);

  /** An object of the embedding program, its public methods called from Python. */
  public static final class Counter {
    private int count;

    public int add(int n) {
      count += n;
      return count;
    }
  }

  /** A bridge object with one member, {@code name}, as another language's object crosses. */
  private static final class Config implements BridgeObject {
    @Override
    public Set<String> keys() {
      return Set.of("name");
    }

    @Override
    public boolean has(String name) {
      return name.equals("name");
    }

    @Override
    public Object get(String name) {
      return has(name) ? "demo" : null;
    }

    @Override
    public void set(String name, Object value) {
      throw new UnsupportedOperationException("config is read-only");
    }

    @Override
    public String typeName() {
      return "Config";
    }
  }

  /** The exports of {@code main.py} run once with {@code bound} globals; the run must succeed. */
  private BridgeModule exportsOf(String source, Map<String, Object> bound) throws IOException {
    LiveSession.Builder builder = sessions.builder(sessions.write("main.py", source));
    bound.forEach(builder::bind);
    RunResult result = sessions.open(builder).runOnce();
    assertThat(result.error()).as("the run").isNull();
    return result.exports();
  }

  @Test
  void scalarsCrossAsJavaValuesOfTheirSize() throws IOException {
    BridgeModule exports =
        exportsOf(
            """
                nothing = None
                yes = True
                small = 42
                big = 2 ** 40
                huge = 2 ** 70
                ratio = 1.5
                text = u"caf\\u00e9"
                plain = "bytes"
                """,
            Map.of());

    assertThat(exports.get("nothing")).isNull();
    assertThat(exports.get("yes")).isEqualTo(true);
    assertThat(exports.get("small")).isEqualTo(42);
    assertThat(exports.get("big")).isEqualTo(1L << 40);
    assertThat(exports.get("huge")).isEqualTo(BigInteger.TWO.pow(70));
    assertThat(exports.get("ratio")).isEqualTo(1.5);
    assertThat(exports.get("text")).isEqualTo("café");
    assertThat(exports.get("plain")).isEqualTo("bytes");
  }

  @Test
  void listsTuplesAndDictsCrossAsListsAndMaps() throws IOException {
    BridgeModule exports =
        exportsOf(
            """
                items = [1, "two", 3.0]
                pair = (1, 2)
                table = {"a": 1, "nested": {"b": [2]}}
                """,
            Map.of());

    assertThat(exports.get("items")).isEqualTo(List.of(1, "two", 3.0));
    assertThat(exports.get("pair")).isEqualTo(List.of(1, 2));
    assertThat(exports.get("table")).isEqualTo(Map.of("a", 1, "nested", Map.of("b", List.of(2))));
  }

  @Test
  @SuppressWarnings("unchecked")
  void listsAndDictsAreLiveViewsAndComeBackAsTheSameObjects() throws IOException {
    BridgeModule exports =
        exportsOf(
            """
                items = [1, 2]
                table = {"a": 1}
                def sizes():
                    return "%d %d" % (len(items), len(table))
                def is_items(value):
                    return value is items
                """,
            Map.of());
    List<Object> items = (List<Object>) exports.get("items");
    Map<String, Object> table = (Map<String, Object>) exports.get("table");
    BridgeFunction sizes = (BridgeFunction) exports.get("sizes");

    items.add(3);
    table.put("b", 2);

    assertThat(sizes.call(List.of())).isEqualTo("3 2");
    assertThat(((BridgeFunction) exports.get("is_items")).call(List.of(items))).isEqualTo(true);
  }

  @Test
  void functionsAndInstancesCrossAsBridgeFunctionsAndObjects() throws IOException {
    BridgeModule exports =
        exportsOf(
            """
                def add(a, b):
                    return a + b
                class Point(object):
                    def __init__(self, x, y):
                        self.x = x
                        self.y = y
                    def size(self):
                        return abs(self.x) + abs(self.y)
                point = Point(3, -4)
                """,
            Map.of());

    assertThat(((BridgeFunction) exports.get("add")).call(List.of(40, 2))).isEqualTo(42);
    BridgeObject point = (BridgeObject) exports.get("point");
    assertThat(point.typeName()).isEqualTo("Point");
    assertThat(point.keys()).contains("x", "y", "size");
    point.set("x", 10);
    assertThat(((BridgeFunction) point.get("size")).call(List.of())).isEqualTo(14);
    Object made = ((BridgeFunction) exports.get("Point")).call(List.of(1, 1));
    assertThat(((BridgeObject) made).get("y")).isEqualTo(1);
  }

  @Test
  void boundJavaValuesArePythonFunctionsObjectsAndJavaObjects() throws IOException {
    List<Object> received = new ArrayList<>();
    BridgeFunction keep =
        arguments -> {
          received.addAll(arguments);
          return arguments.size();
        };
    Counter counter = new Counter();

    BridgeModule exports =
        exportsOf(
            """
                kept = keep([1, 2], {"k": "v"}, None, 2.5)
                total = counter.add(2) + counter.add(3)
                name = config.name
                size = len(names)
                first = names[0]
                """,
            Map.of(
                "keep",
                keep,
                "counter",
                counter,
                "config",
                new Config(),
                "names",
                List.of("Ada", "Grace")));

    assertThat(exports.get("kept")).isEqualTo(4);
    assertThat(received).containsExactly(List.of(1, 2), Map.of("k", "v"), null, 2.5);
    assertThat(exports.get("total")).isEqualTo(7);
    assertThat(exports.get("name")).isEqualTo("demo");
    assertThat(exports.get("size")).isEqualTo(2);
    assertThat(exports.get("first")).isEqualTo("Ada");
  }

  @Test
  void javaExceptionsOfABoundFunctionArePythonExceptionsOfTheMatchingType() throws IOException {
    BridgeFunction fail =
        arguments -> {
          switch ((String) arguments.get(0)) {
            case "index" -> throw new IndexOutOfBoundsException("no index 5");
            case "unsupported" -> throw new UnsupportedOperationException("read-only");
            case "argument" -> throw new IllegalArgumentException("bad argument");
            case "foreign" ->
                throw ScriptFailedException.builder("RangeError: negative")
                    .at(null, 3)
                    .trace("RangeError: negative\n    at lib.js:3")
                    .build();
            default -> throw new IllegalStateException("broken");
          }
        };

    BridgeModule exports =
        exportsOf(
            """
                def caught(kind):
                    try:
                        fail(kind)
                    except Exception as e:
                        return "%s: %s" % (type(e).__name__, e)
                index = caught("index")
                unsupported = caught("unsupported")
                argument = caught("argument")
                foreign = caught("foreign")
                other = caught("other")
                """,
            Map.of("fail", fail));

    assertThat(exports.get("index")).isEqualTo("IndexError: no index 5");
    assertThat(exports.get("unsupported")).isEqualTo("TypeError: read-only");
    assertThat(exports.get("argument")).isEqualTo("ValueError: bad argument");
    assertThat(exports.get("foreign")).isEqualTo("RangeError: negative");
    assertThat(exports.get("other")).isEqualTo("RuntimeError: IllegalStateException: broken");
  }

  @Test
  void aPythonExceptionInAFunctionCalledFromJavaIsAScriptFailure() throws IOException {
    BridgeModule exports =
        exportsOf(
            """
            def fail(x):
                raise ValueError("bad " + str(x))
            """,
            Map.of());

    ScriptFailedException failed =
        catchThrowableOfType(
            ScriptFailedException.class,
            () -> ((BridgeFunction) exports.get("fail")).call(List.of(3)));

    assertThat(failed.errorType()).isEqualTo("ValueError");
    assertThat(failed.errorMessage()).isEqualTo("bad 3");
    assertThat(failed.line()).isEqualTo(2);
    assertThat(failed.scriptTrace())
        .contains("File \"main.py\", line 2, in fail", "raise ValueError(\"bad \" + str(x))")
        .endsWith("ValueError: bad 3");
  }
}
