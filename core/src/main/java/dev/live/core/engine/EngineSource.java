package dev.live.core.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Jars that add engines without rebuilding: an {@code engines} folder of the installation, the
 * user's config folder, or a path given on the command line. {@link
 * EngineRegistry#discover(ClassLoader, List)} loads them through one class loader whose parent is
 * the program's, so their {@link EngineProvider} and {@link EngineDiscovery} services and their
 * JSR-223 script engine factories are found as if they were on the class path, and each engine
 * found is listed with the source it came from.
 *
 * <p>A folder contributes every {@code *.jar} directly in it (not in sub-folders), in name order,
 * so an engine and the libraries it needs (Nashorn and its asm jars) go into one folder together.
 *
 * @param origin what to call the source in {@code live engines} and messages
 * @param jars the jar files, absolute, in load order
 */
public record EngineSource(EngineOrigin origin, List<Path> jars) {

  public EngineSource {
    jars = List.copyOf(jars);
  }

  /**
   * A jar, or a folder of jars, that must exist: one the user named.
   *
   * @param path the jar or folder
   * @param description what it was given as, for messages and {@code live engines}: {@code
   *     --engine-path}
   * @throws EnginePathException when the path does not exist, cannot be read, or is a file that is
   *     not a jar; the message names the path
   */
  public static EngineSource of(Path path, String description) {
    Path absolute = path.toAbsolutePath().normalize();
    EngineOrigin origin = new EngineOrigin(description, absolute);
    if (!Files.exists(absolute)) {
      throw new EnginePathException(
          absolute,
          description + " " + path + " does not exist; give a jar or a folder of jars",
          null);
    }
    if (!Files.isReadable(absolute)) {
      throw new EnginePathException(
          absolute, description + " " + path + " cannot be read; check its permissions", null);
    }
    if (Files.isDirectory(absolute)) {
      return new EngineSource(origin, jarsIn(absolute, description, path));
    }
    if (!isJar(absolute)) {
      throw new EnginePathException(
          absolute,
          description + " " + path + " is not a jar; give a .jar file or a folder of jars",
          null);
    }
    return new EngineSource(origin, List.of(absolute));
  }

  /**
   * A folder of jars that may be absent, such as the installation's or the user's engines folder:
   * empty when it does not exist.
   *
   * @throws EnginePathException when it exists but cannot be read
   */
  public static Optional<EngineSource> ifPresent(Path folder, String description) {
    Path absolute = folder.toAbsolutePath().normalize();
    if (!Files.isDirectory(absolute)) {
      return Optional.empty();
    }
    return Optional.of(of(absolute, description));
  }

  private static List<Path> jarsIn(Path folder, String description, Path given) {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> jars = files.filter(EngineSource::isJar).sorted().toList();
      for (Path jar : jars) {
        if (!Files.isReadable(jar)) {
          throw new EnginePathException(
              jar, description + " " + given + ": " + jar + " cannot be read", null);
        }
      }
      return jars;
    } catch (IOException e) {
      throw new EnginePathException(
          folder, description + " " + given + " cannot be read: " + e.getMessage(), e);
    }
  }

  private static boolean isJar(Path file) {
    return Files.isRegularFile(file)
        && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar");
  }
}
