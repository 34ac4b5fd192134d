package dev.live.engine.js;

import dev.live.core.bridge.BridgeModule;
import dev.live.core.engine.SourceFile;
import java.nio.file.Path;
import java.util.Set;
import org.graalvm.polyglot.Value;

/** A JavaScript module: its script's global names, or an ES module's exports. */
final class JsModule implements BridgeModule {

  private final SourceFile source;
  private final JsBridge bridge;
  private final Value scope;
  private final Set<String> names;

  JsModule(SourceFile source, JsBridge bridge, Value scope, Set<String> names) {
    this.source = source;
    this.bridge = bridge;
    this.scope = scope;
    this.names = Set.copyOf(names);
  }

  @Override
  public String name() {
    return source.moduleName();
  }

  @Override
  public Path file() {
    return source.path();
  }

  @Override
  public Set<String> keys() {
    return names;
  }

  @Override
  public Object get(String name) {
    return names.contains(name) ? bridge.toBridge(scope.getMember(name)) : null;
  }

  @Override
  public String toString() {
    return "<module '" + name() + "' from " + source.displayName() + ">";
  }
}
