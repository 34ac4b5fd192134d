package dev.live.engine.graalpy;

import dev.live.core.engine.AbstractEngineProvider;
import dev.live.core.engine.EngineAdapter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Python 3 through GraalPy. An alternative engine for {@code .py}: a file runs on it when its first
 * line names {@code python3} (or {@code python3.12}), when a Python 3 module uses it, or when the
 * user chooses it with {@code --engine py=graalpy}.
 */
public final class GraalPyEngineProvider extends AbstractEngineProvider {

  /** The interpreter names of a Python 3 shebang: {@code python3}, {@code python3.12}. */
  private static final Pattern PYTHON_3 = Pattern.compile("python3(\\.\\d+)?");

  public GraalPyEngineProvider() {
    super("graalpy", "Python 3", List.of("py"));
  }

  @Override
  public EngineAdapter create() {
    return new GraalPyEngineAdapter();
  }

  @Override
  public boolean runsInterpreter(String interpreter) {
    return PYTHON_3.matcher(interpreter).matches();
  }

  @Override
  public boolean isAlternative() {
    return true;
  }
}
