package dev.live.engine.python;

import dev.live.core.engine.AbstractEngineProvider;
import dev.live.core.engine.EngineAdapter;
import java.util.List;
import org.python.Version;

/** Python 2.7 through Jython: {@code .py} scripts. */
public final class PythonEngineProvider extends AbstractEngineProvider {

  public PythonEngineProvider() {
    super("python", "Python", List.of("py"));
  }

  @Override
  public EngineAdapter create() {
    return new PythonEngineAdapter();
  }

  /** Jython's version class reads its jar's version.properties; no interpreter is made. */
  @Override
  public String engineVersion() {
    return "Jython " + Version.PY_VERSION;
  }

  @Override
  public String languageVersion() {
    return "Python " + Version.PY_VERSION;
  }

  @Override
  public List<String> interpreterNames() {
    return List.of("python", "python2", "jython");
  }
}
