package dev.live.engine.python;

import dev.live.core.engine.EngineAdapter;
import dev.live.core.engine.EngineProvider;
import java.util.List;

/** Python 2.7 through Jython: {@code .py} scripts. */
public final class PythonEngineProvider implements EngineProvider {

  @Override
  public String id() {
    return "python";
  }

  @Override
  public String languageName() {
    return "Python";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("py");
  }

  @Override
  public EngineAdapter create() {
    return new PythonEngineAdapter();
  }
}
