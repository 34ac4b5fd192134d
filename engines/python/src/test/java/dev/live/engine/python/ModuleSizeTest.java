package dev.live.engine.python;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModuleSizeTest {

  private static String lines(int count, String line) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(line.replace("N", Integer.toString(i))).append('\n');
    }
    return text.toString();
  }

  @Test
  void moreTopLevelStatementsThanOneMethodHoldsAreTooLarge() {
    assertThat(ModuleSize.tooLargeForJython(lines(20_000, "valueN = N"))).isTrue();
    assertThat(ModuleSize.tooLargeForJython(lines(12_000, "def fN(): pass"))).isTrue();
  }

  @Test
  void aFunctionBodyIsAMethodOfItsOwn() {
    String body = lines(6_000, "    x = N");
    String module = "def a():\n" + body + "def b():\n" + body + "class C:\n" + body + "a()\n";
    assertThat(ModuleSize.tooLargeForJython(module)).isFalse();
    assertThat(ModuleSize.tooLargeForJython("def a():\n" + body + body)).isTrue();
  }

  @Test
  void commentsStringsBracketsAndContinuationsAreNotStatements() {
    assertThat(ModuleSize.tooLargeForJython(lines(20_000, "# comment N"))).isFalse();
    assertThat(ModuleSize.tooLargeForJython(lines(20_000, ""))).isFalse();
    assertThat(ModuleSize.tooLargeForJython("text = '''\n" + lines(20_000, "line N") + "'''\n"))
        .isFalse();
    assertThat(ModuleSize.tooLargeForJython("data = [\n" + lines(20_000, "  N,") + "]\n"))
        .isFalse();
    assertThat(ModuleSize.tooLargeForJython(lines(20_000, "x = 1 + \\") + "1\n")).isFalse();
    assertThat(ModuleSize.tooLargeForJython(lines(20_000, "s = 'it''s # not a comment ('")))
        .isTrue();
  }

  @Test
  void clausesOfACompoundStatementAreNotCounted() {
    String ifElse = lines(6_000, "if x:\n    pass\nelse:\n    pass").replace("\n\n", "\n");
    // 6,000 ifs and 12,000 passes in the module's method: over the limit.
    assertThat(ModuleSize.tooLargeForJython(ifElse)).isTrue();
    assertThat(ModuleSize.tooLargeForJython(lines(9_000, "try:\n    pass\nexcept:\n    pass")))
        .isTrue();
  }
}
