package dev.live.engine.js;

import dev.live.core.engine.RunServices;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * What the Node globals of one run ({@code node-globals.js}) call: the run's {@link EventLoop}, the
 * process's streams, its exit status and exit listeners, and {@link HttpFetch}. One per run, shared
 * by the run's contexts, as a Node process is shared by its modules; called on the run thread.
 */
final class NodeHost implements ProxyObject {

  private static final List<String> MEMBERS =
      List.of(
          "setTimer",
          "clearTimer",
          "referTimer",
          "timerReferenced",
          "refreshTimer",
          "setImmediate",
          "clearImmediate",
          "ticksQueued",
          "write",
          "isTTY",
          "exitCode",
          "setExitCode",
          "onExit",
          "nanoTime",
          "cwd",
          "pid",
          "memoryUsage",
          "fetch",
          "process");

  private final EventLoop loop;
  private final NodeProcess process;
  private final HttpFetch http;
  private final List<Value> exitListeners = new ArrayList<>();
  private int exitCode;

  NodeHost(RunServices services, EventLoop loop, HttpFetch http) {
    this.loop = loop;
    this.process = new NodeProcess(services);
    this.http = http;
  }

  EventLoop loop() {
    return loop;
  }

  /** {@code process.exitCode}: the status the run ends with when nothing else decides. */
  int exitCode() {
    return exitCode;
  }

  /** Takes the {@code process.on('exit')} listeners, to call once as the run ends. */
  List<Value> takeExitListeners() {
    List<Value> taken = List.copyOf(exitListeners);
    exitListeners.clear();
    return taken;
  }

  @Override
  public Object getMember(String key) {
    return switch (key) {
      case "setTimer" -> function(a -> loop.setTimer(a[0], a[1].asDouble(), a[2].asBoolean()));
      case "clearTimer" -> action(a -> loop.clearTimer(a[0].asLong()));
      case "referTimer" -> action(a -> loop.referTimer(a[0].asLong(), a[1].asBoolean()));
      case "timerReferenced" -> function(a -> loop.timerReferenced(a[0].asLong()));
      case "refreshTimer" -> action(a -> loop.refreshTimer(a[0].asLong()));
      case "setImmediate" -> function(a -> loop.setImmediate(a[0]));
      case "clearImmediate" -> action(a -> loop.clearImmediate(a[0].asLong()));
      case "ticksQueued" -> action(a -> loop.ticksQueued(a[0]));
      case "write" -> action(a -> write(a[0].asInt(), a[1].asString()));
      case "isTTY" -> function(a -> System.console() != null);
      case "exitCode" -> function(a -> exitCode);
      case "setExitCode" -> action(a -> exitCode = a[0].fitsInInt() ? a[0].asInt() : 1);
      case "onExit" -> action(a -> exitListeners.add(a[0]));
      case "nanoTime" -> function(a -> System.nanoTime());
      case "cwd" -> function(a -> Path.of("").toAbsolutePath().toString());
      case "pid" -> function(a -> ProcessHandle.current().pid());
      case "memoryUsage" -> function(a -> memoryUsage());
      case "fetch" -> function(a -> http.fetch(loop, a));
      case "process" -> process;
      default -> null;
    };
  }

  private static void write(int fd, String text) {
    PrintStream stream = fd == 2 ? System.err : System.out;
    stream.print(text);
    stream.flush();
  }

  private static ProxyObject memoryUsage() {
    Runtime runtime = Runtime.getRuntime();
    long used = runtime.totalMemory() - runtime.freeMemory();
    return ProxyObject.fromMap(
        Map.of(
            "rss",
            used,
            "heapTotal",
            runtime.totalMemory(),
            "heapUsed",
            used,
            "external",
            0,
            "arrayBuffers",
            0));
  }

  /** Spells a function of the host apart from an action, which returns nothing. */
  private static ProxyExecutable function(ProxyExecutable body) {
    return body;
  }

  private interface Action {
    void run(Value[] arguments);
  }

  private static ProxyExecutable action(Action body) {
    return arguments -> {
      body.run(arguments);
      return null;
    };
  }

  @Override
  public Object getMemberKeys() {
    return ProxyArray.fromList(new ArrayList<>(MEMBERS));
  }

  @Override
  public boolean hasMember(String key) {
    return MEMBERS.contains(key);
  }

  @Override
  public void putMember(String key, Value value) {
    throw new UnsupportedOperationException("live's Node host is read-only");
  }
}
