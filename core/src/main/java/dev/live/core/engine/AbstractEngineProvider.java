package dev.live.core.engine;

import java.util.List;
import java.util.Objects;

/**
 * An {@link EngineProvider} whose id, language name and file extensions are known when it is
 * constructed: an engine then supplies only {@link #create()}. The constructor does no work, as
 * {@link EngineProvider} requires.
 */
public abstract class AbstractEngineProvider implements EngineProvider {

  private final String id;
  private final String languageName;
  private final List<String> fileExtensions;

  /**
   * @param id the short stable name: {@code js}
   * @param languageName the human name of the language: {@code JavaScript}
   * @param fileExtensions the extensions without the dot, in order of preference
   */
  protected AbstractEngineProvider(String id, String languageName, List<String> fileExtensions) {
    this.id = Objects.requireNonNull(id, "id");
    this.languageName = Objects.requireNonNull(languageName, "languageName");
    this.fileExtensions = List.copyOf(fileExtensions);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String languageName() {
    return languageName;
  }

  @Override
  public List<String> fileExtensions() {
    return fileExtensions;
  }
}
