package dev.live.engine.python;

import dev.live.core.engine.EngineProvider;
import dev.live.core.engine.PythonContract;

class PythonEngineContractIT extends PythonContract {

  @Override
  protected EngineProvider provider() {
    return new PythonEngineProvider();
  }

  @Override
  protected String definitions() {
    return """
        greeting = "hello"
        def twice(x):
            return x * 2
        shout = lambda s: s + "!"
        """;
  }
}
