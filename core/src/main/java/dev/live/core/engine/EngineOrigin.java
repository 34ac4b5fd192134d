package dev.live.core.engine;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an engine came from, for {@code live engines} and error messages: the class path the
 * program started with ({@link #BUILT_IN}), or a folder or jar added at start through {@link
 * EngineSource}.
 *
 * @param description what the place is: {@code built in}, {@code installation engines folder},
 *     {@code --engine-path}
 * @param path the folder or jar, or null for {@link #BUILT_IN}
 */
public record EngineOrigin(String description, Path path) {

  /** The class path the program started with: the distribution's {@code lib} folder. */
  public static final EngineOrigin BUILT_IN = new EngineOrigin("built in", null);

  public EngineOrigin {
    Objects.requireNonNull(description, "description");
  }

  public Optional<Path> pathIfAny() {
    return Optional.ofNullable(path);
  }

  public boolean isBuiltIn() {
    return path == null;
  }

  /** {@code built in}, or the description and the path: {@code --engine-path /opt/nashorn}. */
  @Override
  public String toString() {
    return path == null ? description : description + " " + path;
  }
}
