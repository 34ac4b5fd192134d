package dev.live.engine.graalpy;

import dev.live.core.engine.AbstractEngineProvider;
import dev.live.core.engine.EngineAdapter;
import java.util.List;

/**
 * Python 3 through GraalPy. An alternative engine for {@code .py}: a file runs on it when its first
 * line names {@code python3} (or {@code python3.12}), when a Python 3 module uses it, or when the
 * user chooses it with {@code --engine py=graalpy}.
 */
public final class GraalPyEngineProvider extends AbstractEngineProvider {

  public GraalPyEngineProvider() {
    super("graalpy", "Python 3", List.of("py"));
  }

  @Override
  public EngineAdapter create() {
    return new GraalPyEngineAdapter();
  }

  @Override
  public List<String> interpreterNames() {
    return List.of("python3");
  }

  @Override
  public boolean isAlternative() {
    return true;
  }
}
