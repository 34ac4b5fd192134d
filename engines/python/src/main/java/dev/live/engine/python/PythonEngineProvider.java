package dev.live.engine.python;

import dev.live.core.engine.AbstractEngineProvider;
import dev.live.core.engine.EngineAdapter;
import java.util.List;

/** Python 2.7 through Jython: {@code .py} scripts. */
public final class PythonEngineProvider extends AbstractEngineProvider {

  public PythonEngineProvider() {
    super("python", "Python", List.of("py"));
  }

  @Override
  public EngineAdapter create() {
    return new PythonEngineAdapter();
  }

  @Override
  public List<String> interpreterNames() {
    return List.of("python", "python2", "jython");
  }
}
