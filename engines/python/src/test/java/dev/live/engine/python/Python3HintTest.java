package dev.live.engine.python;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Python3HintTest {

  @Test
  void python3SyntaxOnTheFailingLineGetsTheShebangHint() {
    assertThat(Python3Hint.forLine("name = f\"hi {x}\"")).get().asString().contains("f-string");
    assertThat(Python3Hint.forLine("print(x, end=\"\")")).get().asString().contains("print()");
    assertThat(Python3Hint.forLine("async def main():")).get().asString().contains("async");
    assertThat(Python3Hint.forLine("if (n := 10) > 5:")).get().asString().contains("walrus");
    assertThat(Python3Hint.forLine("    nonlocal count")).get().asString().contains("nonlocal");
    assertThat(Python3Hint.forLine("def f(x: int) -> int:"))
        .get()
        .asString()
        .contains("#!/usr/bin/env python3");
    assertThat(Python3Hint.forLine("count: int = 0")).get().asString().contains("annotations");
  }

  @Test
  void python2SyntaxErrorsGetNoHint() {
    assertThat(Python3Hint.forLine("b = = 2")).isEmpty();
    assertThat(Python3Hint.forLine("print \"x\" +")).isEmpty();
    assertThat(Python3Hint.forLine("def f(:")).isEmpty();
    assertThat(Python3Hint.forLine("x = f(*args, **kw) +")).isEmpty();
    assertThat(Python3Hint.forLine("def f(a, b=2*c, d)")).isEmpty();
    assertThat(Python3Hint.forLine("total = a * b,, c")).isEmpty();
    assertThat(Python3Hint.forLine("matches = [m for m in x if]")).isEmpty();
  }
}
