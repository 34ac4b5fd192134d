package dev.live.engine.js;

import dev.live.core.engine.RunServices;
import dev.live.core.engine.ScriptExitException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * The small part of Node's {@code process} that scripts reach for first: {@code process.argv}
 * ({@code [java, main file, ...arguments]}), {@code process.env} and {@code process.exit(code)},
 * which ends the run with that status and never ends live.
 */
final class NodeProcess implements ProxyObject {

  private final RunServices services;

  NodeProcess(RunServices services) {
    this.services = services;
  }

  @Override
  public Object getMember(String key) {
    return switch (key) {
      case "argv" -> {
        List<Object> argv = new ArrayList<>();
        argv.add("java");
        argv.add(services.mainFile().toString());
        argv.addAll(services.arguments());
        yield ProxyArray.fromList(argv);
      }
      case "env" -> ProxyObject.fromMap(new TreeMap<String, Object>(Map.copyOf(System.getenv())));
      case "exit" ->
          (ProxyExecutable)
              arguments -> {
                int status =
                    arguments.length > 0 && arguments[0].fitsInInt() ? arguments[0].asInt() : 0;
                throw new ScriptExitException(status);
              };
      case "platform" -> System.getProperty("os.name").toLowerCase(Locale.ROOT);
      default -> null;
    };
  }

  @Override
  public Object getMemberKeys() {
    return ProxyArray.fromArray("argv", "env", "exit", "platform");
  }

  @Override
  public boolean hasMember(String key) {
    return List.of("argv", "env", "exit", "platform").contains(key);
  }

  @Override
  public void putMember(String key, Value value) {
    throw new UnsupportedOperationException("process." + key + " is read-only in live");
  }
}
