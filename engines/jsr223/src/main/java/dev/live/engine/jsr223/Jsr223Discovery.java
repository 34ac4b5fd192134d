package dev.live.engine.jsr223;

import dev.live.core.engine.EngineDiscovery;
import dev.live.core.engine.EngineProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;

/**
 * One {@link Jsr223EngineProvider} per JSR-223 factory on the class path, for every factory none of
 * whose extensions a dedicated provider claims (GraalJS and Jython register factories for {@code
 * js} and {@code py}; their dedicated adapters win). Factories are taken in the order of their
 * class names, and the first to claim an extension keeps it. A factory whose language {@linkplain
 * Jsr223Language#known knows} its extensions is not constructed until its engine is needed.
 */
public final class Jsr223Discovery implements EngineDiscovery {

  @Override
  public List<EngineProvider> providers(ClassLoader loader, Set<String> claimedExtensions) {
    Set<String> claimed = new LinkedHashSet<>(claimedExtensions);
    List<Jsr223Language> languages = languages(loader);
    List<EngineProvider> providers = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (ServiceLoader.Provider<ScriptEngineFactory> service : factories(loader)) {
      Optional<Jsr223EngineProvider> found =
          known(service, languages, loader).or(() -> constructed(service, languages, loader));
      if (found.isEmpty()) {
        continue;
      }
      Jsr223EngineProvider provider = found.get();
      List<String> extensions = provider.fileExtensions();
      if (extensions.isEmpty() || extensions.stream().anyMatch(claimed::contains)) {
        continue;
      }
      if (ids.add(provider.id())) {
        providers.add(provider);
        claimed.addAll(extensions);
      }
    }
    return providers;
  }

  /** The provider for a factory a language knows, without constructing the factory. */
  private static Optional<Jsr223EngineProvider> known(
      ServiceLoader.Provider<ScriptEngineFactory> service,
      List<Jsr223Language> languages,
      ClassLoader loader) {
    for (Jsr223Language language : languages) {
      Optional<Jsr223Language.Known> known = language.known(service.type());
      if (known.isPresent()) {
        return Optional.of(
            new Jsr223EngineProvider(
                service::get, language, loader, known.get().id(), known.get().extensions()));
      }
    }
    return Optional.empty();
  }

  /**
   * The provider for a factory no language knows: constructed and asked. Empty when it cannot be
   * constructed, as {@link ScriptEngineManager} leaves such factories out.
   */
  private static Optional<Jsr223EngineProvider> constructed(
      ServiceLoader.Provider<ScriptEngineFactory> service,
      List<Jsr223Language> languages,
      ClassLoader loader) {
    ScriptEngineFactory factory;
    try {
      factory = service.get();
    } catch (ServiceConfigurationError | LinkageError e) {
      return Optional.empty();
    }
    Jsr223Language language =
        languages.stream()
            .filter(l -> l.supports(factory))
            .findFirst()
            .orElseGet(GenericLanguage::new);
    return Optional.of(
        new Jsr223EngineProvider(
            () -> factory, language, loader, language.id(factory), extensions(factory)));
  }

  /** The factory services of {@code loader}, by class name, without constructing them. */
  private static List<ServiceLoader.Provider<ScriptEngineFactory>> factories(ClassLoader loader) {
    List<ServiceLoader.Provider<ScriptEngineFactory>> factories = new ArrayList<>();
    Iterator<ServiceLoader.Provider<ScriptEngineFactory>> each =
        ServiceLoader.load(ScriptEngineFactory.class, loader).stream().iterator();
    while (true) {
      try {
        if (!each.hasNext()) {
          break;
        }
        factories.add(each.next());
      } catch (ServiceConfigurationError e) {
        // A listed factory whose class is missing or broken: left out, as by ScriptEngineManager.
      }
    }
    factories.sort(Comparator.comparing(f -> f.type().getName()));
    return factories;
  }

  /**
   * The language services that load. One whose classes are missing (its engine's jar is not on the
   * class path) is left out, as {@link ScriptEngineManager} leaves out such factories, rather than
   * taking every other language down with it.
   */
  private static List<Jsr223Language> languages(ClassLoader loader) {
    List<Jsr223Language> languages = new ArrayList<>();
    Iterator<Jsr223Language> each = ServiceLoader.load(Jsr223Language.class, loader).iterator();
    while (true) {
      try {
        if (!each.hasNext()) {
          return languages;
        }
        languages.add(each.next());
      } catch (ServiceConfigurationError e) {
        // Skipped; its factory, if any, runs with the generic defaults.
      }
    }
  }

  /** The factory's extensions, lower case, without the dot some factories write ({@code .lua}). */
  private static List<String> extensions(ScriptEngineFactory factory) {
    Set<String> extensions = new LinkedHashSet<>();
    for (String extension : factory.getExtensions()) {
      String plain = extension.startsWith(".") ? extension.substring(1) : extension;
      if (!plain.isBlank()) {
        extensions.add(plain.toLowerCase(Locale.ROOT));
      }
    }
    return List.copyOf(extensions);
  }
}
