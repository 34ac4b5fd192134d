package dev.live.core.modules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the file that {@code use("name")} means.
 *
 * <p>Folders, in order: the calling file's folder, the main file's folder, then each search-path
 * folder. A file reached through a symbolic link is in the link's folder, not its target's: a
 * shared script linked into a project uses that project's modules. In each folder, extensions in
 * order: the caller's language first (its extensions in the engine's order), then every other
 * language in the registry's fixed order. A name that already ends in an installed extension
 * ({@code "lib/util.js"}) names that file exactly. Every path looked at before the match is
 * reported too, so that creating one of them later triggers a run.
 */
public final class ModuleResolver {

  private final List<List<String>> languages;
  private final List<Path> searchPath;
  private final Function<Path, String> display;

  /**
   * @param languages each installed language's extensions (without the dot), in registry order
   * @param searchPath extra folders, searched after the caller's and the main file's folders
   */
  public ModuleResolver(List<List<String>> languages, List<Path> searchPath) {
    this(languages, searchPath, Path::toString);
  }

  /**
   * @param display how messages show a path (relative to the working directory, say)
   */
  public ModuleResolver(
      List<List<String>> languages, List<Path> searchPath, Function<Path, String> display) {
    this.display = display;
    this.languages = List.copyOf(languages);
    this.searchPath = searchPath.stream().map(p -> p.toAbsolutePath().normalize()).toList();
  }

  /** The {@code --path} folders. */
  public List<Path> searchPath() {
    return searchPath;
  }

  /**
   * The outcome: the file found, every path looked at up to and including it, and other files in
   * the same folder that the name also matches (a reason to name the file exactly).
   */
  public record Resolution(Path file, List<Path> tried, List<Path> alsoMatching) {}

  /**
   * @throws ModuleNotFoundException when nothing matches, listing the paths tried
   * @throws IllegalArgumentException when the name is empty or absolute
   */
  public Resolution resolve(String name, Path callerFile, Path mainFile) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("use() needs a module name, got an empty string");
    }
    List<Path> tried = new ArrayList<>();
    for (Path folder : folders(callerFile, mainFile)) {
      List<Path> candidates = candidates(folder, name, callerFile);
      for (int i = 0; i < candidates.size(); i++) {
        Path candidate = candidates.get(i);
        tried.add(candidate);
        if (isFile(candidate)) {
          List<Path> others =
              candidates.subList(i + 1, candidates.size()).stream()
                  .filter(ModuleResolver::isFile)
                  .toList();
          return new Resolution(candidate, List.copyOf(tried), others);
        }
      }
    }
    throw new ModuleNotFoundException(name, callerFile, tried, display);
  }

  /**
   * Any file but a folder: a device or a pipe the name matches is found, so that reading it fails
   * with a message that names it rather than "not found".
   */
  private static boolean isFile(Path candidate) {
    return Files.exists(candidate) && !Files.isDirectory(candidate);
  }

  private Set<Path> folders(Path callerFile, Path mainFile) {
    Set<Path> folders = new LinkedHashSet<>();
    folders.add(callerFile.toAbsolutePath().normalize().getParent());
    folders.add(mainFile.toAbsolutePath().normalize().getParent());
    folders.addAll(searchPath);
    return folders;
  }

  private List<Path> candidates(Path folder, String name, Path callerFile) {
    if (isInstalledExtension(extensionOf(name))) {
      return List.of(folder.resolve(name).normalize());
    }
    return extensionOrder(extensionOf(callerFile.getFileName().toString())).stream()
        .map(extension -> folder.resolve(name + "." + extension).normalize())
        .toList();
  }

  /** All installed extensions, the caller's language first. */
  public List<String> extensionOrder(String callerExtension) {
    List<String> order = new ArrayList<>();
    for (List<String> language : languages) {
      if (language.contains(callerExtension)) {
        order.addAll(language);
      }
    }
    for (List<String> language : languages) {
      if (!language.contains(callerExtension)) {
        order.addAll(language);
      }
    }
    return order;
  }

  /**
   * True when both files are of one language. A name that matches files of several languages is
   * resolved by the caller's language first; only a match outside it is worth a warning.
   */
  public boolean sameLanguage(Path first, Path second) {
    String a = extensionOf(first.getFileName().toString());
    String b = extensionOf(second.getFileName().toString());
    return languages.stream().anyMatch(language -> language.contains(a) && language.contains(b));
  }

  private boolean isInstalledExtension(String extension) {
    return languages.stream().anyMatch(language -> language.contains(extension));
  }

  private static String extensionOf(String fileName) {
    int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
    int dot = fileName.lastIndexOf('.');
    return dot > slash + 1 ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }
}
