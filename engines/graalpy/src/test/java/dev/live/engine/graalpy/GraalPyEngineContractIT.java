package dev.live.engine.graalpy;

import dev.live.core.engine.EngineProvider;
import dev.live.core.engine.PythonContract;

class GraalPyEngineContractIT extends PythonContract {

  @Override
  protected EngineProvider provider() {
    return SharedGraalPy.provider();
  }

  /** Python 3's own syntax: an f-string and annotations. */
  @Override
  protected String definitions() {
    return """
        greeting = f"{'hel'}lo"
        def twice(x: int) -> int:
            return x * 2
        shout = lambda s: s + "!"
        """;
  }
}
