package dev.live.engine.graalpy;

import dev.live.core.engine.AbstractEngineProvider;
import dev.live.core.engine.EngineAdapter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.graalvm.polyglot.Engine;

/**
 * Python 3 through GraalPy. An alternative engine for {@code .py}: a file runs on it when its first
 * line names {@code python3} (or {@code python3.12}), when a Python 3 module uses it, or when the
 * user chooses it with {@code --engine py=graalpy}.
 */
public final class GraalPyEngineProvider extends AbstractEngineProvider {

  /** GraalPy's C headers in its resources jar, which state the Python version it implements. */
  private static final String PATCHLEVEL = "META-INF/resources/include/patchlevel.h";

  private static final Pattern PY_VERSION =
      Pattern.compile("^#define\\s+PY_VERSION\\s+\"([^\"]+)\"", Pattern.MULTILINE);

  public GraalPyEngineProvider() {
    super("graalpy", "Python 3", List.of("py"));
  }

  @Override
  public EngineAdapter create() {
    return new GraalPyEngineAdapter();
  }

  /** The polyglot jar's release, which the language jars must match; no engine is made to ask. */
  @Override
  public String engineVersion() {
    return "GraalPy " + Engine.class.getPackage().getImplementationVersion();
  }

  /** Read from GraalPy's headers: a Python context would take seconds to make on a cold JVM. */
  @Override
  public String languageVersion() {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(PATCHLEVEL)) {
      if (in == null) {
        return "Python 3";
      }
      Matcher version = PY_VERSION.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      return version.find() ? "Python " + version.group(1) : "Python 3";
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + PATCHLEVEL, e);
    }
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
