package dev.live.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which of two engines claiming one extension runs a file: choice, first line, caller, default. */
class EngineChoiceTest {

  /** Claims {@code .x}, runs files naming "three", and is never the default. */
  private final EngineProvider alternative = provider("a-three", List.of("three"), true);

  /** Claims {@code .x} and runs files naming "two"; its id sorts after the alternative's. */
  private final EngineProvider usual = provider("z-two", List.of("two", "twoish"), false);

  private final Path file = Path.of("m.x");

  private EngineRegistry registry() {
    return new EngineRegistry(List.of(alternative, usual));
  }

  @Test
  void anAlternativeIsNeverTheDefaultWhateverItsIdOrOrder() {
    assertThat(registry().providerFor(file)).isSameAs(usual);
    assertThat(new EngineRegistry(List.of(usual, alternative)).providerFor(file)).isSameAs(usual);
    assertThat(registry().claimers("x")).containsExactly(usual, alternative);
  }

  @Test
  void anAlternativeDoesNotMoveItsExtensionsAheadInUsesOrder() {
    EngineProvider first =
        new AbstractEngineProvider("b-first", "b", List.of("b")) {
          @Override
          public EngineAdapter create() {
            throw new UnsupportedOperationException("never started in this test");
          }
        };
    EngineRegistry registry = new EngineRegistry(List.of(alternative, first, usual));
    assertThat(registry.extensions()).containsExactly("b", "x");
  }

  @Test
  void theFirstLineNamesTheEngineWithOrWithoutEnvAndVersion() {
    EngineRegistry registry = registry();
    assertThat(registry.providerFor(file, "#!/usr/bin/env three\nx", null)).isSameAs(alternative);
    assertThat(registry.providerFor(file, "#!/usr/bin/three.12\n", null)).isSameAs(alternative);
    assertThat(registry.providerFor(file, "#! /usr/bin/env -S three -u\n", null))
        .isSameAs(alternative);
    assertThat(registry.providerFor(file, "#!/usr/bin/env two", alternative)).isSameAs(usual);
    assertThat(registry.providerFor(file, "#!/usr/bin/env other\n", null)).isSameAs(usual);
  }

  @Test
  void aFileWithoutAFirstLineRunsOnTheEngineOfTheModuleUsingIt() {
    EngineRegistry registry = registry();
    assertThat(registry.providerFor(file, "x = 1\n", alternative)).isSameAs(alternative);
    assertThat(registry.providerFor(file, "x = 1\n", usual)).isSameAs(usual);
    assertThat(registry.providerFor(file, "x = 1\n", null)).isSameAs(usual);
  }

  @Test
  void theUsersChoiceWinsOverTheFirstLineAndTheCaller() {
    EngineRegistry registry = registry().choose("x", "a-three");
    assertThat(registry.providerFor(file, "#!/usr/bin/env two\n", usual)).isSameAs(alternative);
    assertThat(registry.providerFor(file, "", null)).isSameAs(alternative);
  }

  @Test
  void shebangReadsTheInterpreterName() {
    assertThat(Shebang.interpreter("#!/usr/bin/env python3\nprint(1)")).contains("python3");
    assertThat(Shebang.interpreter("#!/usr/local/bin/python3.12")).contains("python3.12");
    assertThat(Shebang.interpreter("# comment\n")).isEmpty();
    assertThat(Shebang.interpreter("#!/usr/bin/env\n")).isEmpty();
    assertThat(Shebang.names(List.of("python3"), "python3.12")).isTrue();
    assertThat(Shebang.names(List.of("python3"), "python")).isFalse();
  }

  private static EngineProvider provider(String id, List<String> names, boolean alternative) {
    return new AbstractEngineProvider(id, id, List.of("x")) {
      @Override
      public EngineAdapter create() {
        throw new UnsupportedOperationException("never started in this test");
      }

      @Override
      public List<String> interpreterNames() {
        return names;
      }

      @Override
      public boolean isAlternative() {
        return alternative;
      }
    };
  }
}
