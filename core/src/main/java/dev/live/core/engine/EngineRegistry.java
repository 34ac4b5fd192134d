package dev.live.core.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The installed languages. Providers are found once; an engine is started the first time a file of
 * its language is needed and then kept warm until {@link #close()}.
 *
 * <p>Extensions are ordered by engine id (alphabetically), each engine's own extensions in the
 * order it lists them. {@code use} tries the caller's language first, then this order.
 */
public final class EngineRegistry implements AutoCloseable {

  private final List<EngineProvider> providers;
  private final Map<String, List<EngineProvider>> claimsByExtension = new LinkedHashMap<>();
  private final Map<String, EngineAdapter> started = new LinkedHashMap<>();
  private boolean closed;

  public EngineRegistry(List<EngineProvider> providers) {
    List<EngineProvider> sorted = new ArrayList<>(providers);
    sorted.sort(Comparator.comparing(EngineProvider::id));
    this.providers = List.copyOf(sorted);
    for (EngineProvider provider : this.providers) {
      for (String extension : provider.fileExtensions()) {
        claimsByExtension
            .computeIfAbsent(extension.toLowerCase(Locale.ROOT), e -> new ArrayList<>())
            .add(provider);
      }
    }
  }

  /**
   * The providers on the class path of {@code loader}: first the dedicated ones ({@link
   * EngineProvider} services), then those each {@link EngineDiscovery} service finds for the
   * extensions still unclaimed (a generic adapter for every other JSR-223 engine, say).
   */
  public static EngineRegistry discover(ClassLoader loader) {
    List<EngineProvider> found = new ArrayList<>();
    ServiceLoader.load(EngineProvider.class, loader).forEach(found::add);
    Set<String> claimed = new HashSet<>();
    found.forEach(provider -> claimed.addAll(lowerCase(provider.fileExtensions())));
    for (EngineDiscovery discovery : ServiceLoader.load(EngineDiscovery.class, loader)) {
      for (EngineProvider provider : discovery.providers(loader, Set.copyOf(claimed))) {
        List<String> extensions = lowerCase(provider.fileExtensions());
        // Two discoveries may find the same engine; the first one to claim an extension keeps it.
        if (extensions.stream().noneMatch(claimed::contains)) {
          found.add(provider);
          claimed.addAll(extensions);
        }
      }
    }
    return new EngineRegistry(found);
  }

  private static List<String> lowerCase(List<String> extensions) {
    return extensions.stream().map(e -> e.toLowerCase(Locale.ROOT)).toList();
  }

  public List<EngineProvider> providers() {
    return providers;
  }

  /** Every claimed extension, in resolution order. */
  public List<String> extensions() {
    return List.copyOf(claimsByExtension.keySet());
  }

  /** The extension of a path, lower case, without the dot; empty when it has none. */
  public static String extensionOf(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }

  /** True when some engine claims the file's extension. */
  public boolean handles(Path file) {
    return claimsByExtension.containsKey(extensionOf(file));
  }

  /**
   * The provider for a file, by extension.
   *
   * @throws EngineNotFoundException naming the file and the installed extensions
   */
  public EngineProvider providerFor(Path file) {
    String extension = extensionOf(file);
    List<EngineProvider> claims = claimsByExtension.get(extension);
    if (claims == null) {
      String installed =
          claimsByExtension.keySet().stream().map(e -> "." + e).collect(Collectors.joining(", "));
      throw new EngineNotFoundException(
          "no engine for '"
              + file.getFileName()
              + "'"
              + (extension.isEmpty() ? " (it has no extension)" : "")
              + "; installed extensions: "
              + (installed.isEmpty() ? "none" : installed));
    }
    if (claims.size() > 1) {
      throw new EngineNotFoundException(
          "'."
              + extension
              + "' is claimed by several engines ("
              + claims.stream().map(EngineProvider::id).collect(Collectors.joining(", "))
              + ")");
    }
    return claims.get(0);
  }

  /** The provider with this id, if installed. */
  public Optional<EngineProvider> provider(String id) {
    return providers.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The warm engine for a provider, starting it on first call. */
  public synchronized EngineAdapter adapter(EngineProvider provider) {
    if (closed) {
      throw new IllegalStateException("engine registry is closed");
    }
    EngineAdapter adapter = started.get(provider.id());
    if (adapter == null) {
      adapter = provider.create();
      started.put(provider.id(), adapter);
    }
    return adapter;
  }

  /** Ids of the engines started so far. */
  public synchronized List<String> startedEngines() {
    return List.copyOf(started.keySet());
  }

  @Override
  public synchronized void close() {
    closed = true;
    RuntimeException first = null;
    for (EngineAdapter adapter : started.values()) {
      try {
        adapter.close();
      } catch (RuntimeException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    started.clear();
    if (first != null) {
      throw first;
    }
  }
}
