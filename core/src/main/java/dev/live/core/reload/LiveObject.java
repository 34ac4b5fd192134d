package dev.live.core.reload;

import dev.live.core.bridge.BridgeFunction;
import dev.live.core.bridge.BridgeObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The {@code live} object every module gets: what run this is and why, state that survives re-runs,
 * dispose hooks, and extra files to watch. One per module, so that {@code live.watch("data.csv")}
 * is relative to the module that says it.
 */
final class LiveObject implements BridgeObject {

  private static final Set<String> KEYS =
      Set.of("run", "changed", "main", "args", "state", "keep", "onDispose", "watch");

  private final Run run;
  private final Path caller;

  LiveObject(Run run, Path caller) {
    this.run = run;
    this.caller = caller;
  }

  @Override
  public Set<String> keys() {
    return KEYS;
  }

  @Override
  public boolean has(String name) {
    return KEYS.contains(name);
  }

  @Override
  public Object get(String name) {
    return switch (name) {
      case "run" -> run.number();
      case "changed" -> strings(run.changed().stream().map(run::displayName).sorted().toList());
      case "main" -> run.mainFile().toString();
      case "args" -> strings(run.arguments());
      case "state" -> run.state();
      case "keep" -> (BridgeFunction) this::keep;
      case "onDispose" -> (BridgeFunction) this::onDispose;
      case "watch" -> (BridgeFunction) this::watch;
      default -> null;
    };
  }

  private static SharedList strings(List<String> values) {
    SharedList list = new SharedList();
    list.addAll(values);
    return list;
  }

  private Object keep(List<Object> arguments) {
    if (arguments.size() != 2
        || !(arguments.get(0) instanceof String name)
        || !(arguments.get(1) instanceof BridgeFunction init)) {
      throw new IllegalArgumentException(
          "live.keep(name, init) takes a name and a function that makes the first value");
    }
    SharedMap state = run.state();
    synchronized (state) {
      if (!state.containsKey(name)) {
        state.put(name, init.call(List.of()));
      }
      return state.get(name);
    }
  }

  private Object onDispose(List<Object> arguments) {
    if (arguments.size() != 1 || !(arguments.get(0) instanceof BridgeFunction hook)) {
      throw new IllegalArgumentException("live.onDispose(fn) takes one function");
    }
    run.onDispose(hook);
    return null;
  }

  private Object watch(List<Object> arguments) {
    if (arguments.size() != 1 || !(arguments.get(0) instanceof String path) || path.isBlank()) {
      throw new IllegalArgumentException("live.watch(path) takes a file or folder path");
    }
    Path target = caller.getParent().resolve(path).toAbsolutePath().normalize();
    run.watch(target);
    return null;
  }

  @Override
  public void set(String name, Object value) {
    throw new UnsupportedOperationException(
        "live." + name + " cannot be set; keep values in live.state");
  }

  @Override
  public String typeName() {
    return "live";
  }

  @Override
  public String toString() {
    return "<live run " + run.number() + ">";
  }
}
