package dev.live.engine.lua;

import dev.live.core.engine.EngineContract;
import dev.live.core.engine.EngineProvider;
import dev.live.core.engine.EngineRegistry;
import java.util.List;

/**
 * The engine contract for Lua, through the generic JSR-223 adapter: the provider is the one
 * discovery finds for luaj's factory, not one built by hand.
 */
class LuaEngineContractIT extends EngineContract {

  @Override
  protected EngineProvider provider() {
    try (EngineRegistry registry = EngineRegistry.discover(getClass().getClassLoader())) {
      return registry.provider("lua").orElseThrow();
    }
  }

  @Override
  protected String extension() {
    return "lua";
  }

  @Override
  protected String definitions() {
    return """
        greeting = "hello"
        function twice(x)
          return x * 2
        end
        shout = function(s) return s .. "!" end
        """;
  }

  @Override
  protected String usesLib() {
    return """
        local lib = use("lib")
        result = lib.twice(21)
        text = lib.shout("hi")
        value = lib.greeting
        """;
  }

  /** An undefined name reads as nil in Lua; using it as a table is the error. */
  @Override
  protected String errorOnLine3() {
    return "local a = 1\nlocal b = 2\nlocal c = undefined_name.field\n";
  }

  @Override
  protected String syntaxErrorOnLine2() {
    return "local a = 1\nlocal b = = 2\n";
  }

  @Override
  protected String definesLeak() {
    return "leak = 1\n";
  }

  /** Fails when {@code leak} is nil, as it is in a fresh run. */
  @Override
  protected String readsLeak() {
    return "x = leak + 1\n";
  }

  @Override
  protected String busyLoop() {
    return "use(\"marker\")\nwhile true do end\n";
  }

  @Override
  protected List<String> errorTraceOnLine3(String fileName) {
    return List.of(
        fileName + ":3: attempt to index ? (a nil value)",
        "stack traceback:",
        fileName + ":3: in main chunk");
  }
}
