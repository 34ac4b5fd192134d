package dev.live.engine.js;

import dev.live.core.engine.SourceFile;
import dev.live.core.engine.SourceModule;
import java.util.Set;
import org.graalvm.polyglot.Value;

/** A JavaScript module: its script's global names, or an ES module's exports. */
final class JsModule extends SourceModule {

  private final JsBridge bridge;
  private final Value scope;
  private final Set<String> names;

  JsModule(SourceFile source, JsBridge bridge, Value scope, Set<String> names) {
    super(source);
    this.bridge = bridge;
    this.scope = scope;
    this.names = Set.copyOf(names);
  }

  @Override
  public Set<String> keys() {
    return names;
  }

  @Override
  public Object get(String name) {
    return names.contains(name) ? bridge.toBridge(scope.getMember(name)) : null;
  }
}
