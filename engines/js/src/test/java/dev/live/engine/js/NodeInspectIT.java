package dev.live.engine.js;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.live.core.reload.EngineSessions;
import dev.live.core.reload.RunResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code console.log}'s formatting (util.inspect and util.format) compared with what the installed
 * {@code node} prints for the same values; skipped where node is not installed.
 */
class NodeInspectIT {

  /** The values, then the format calls; prints each result, NUL-separated, under node. */
  private static final String VALUES =
      """
      const util = typeof require === 'function'
          ? require('util') : globalThis[Symbol.for('live.node.builtin')]('util');
      class A {}
      class B extends A {}
      class Point { constructor() { this.x = 1; this.y = 2; } }
      const circular = { name: 'c', list: [] };
      circular.self = circular;
      circular.list.push(circular);
      const values = [
        { a: 1, b: 'x', c: [1, 2, { d: 3 }] },
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
        { a: { b: { c: { d: 1 } } } },
        new Map([['a', 1], ['b', { c: 2 }]]),
        new Set([1, 'two', [3]]),
        -0,
        10n,
        Symbol('s'),
        function named() {},
        A,
        B,
        new Point(),
        circular,
        "it's",
        ['a', "it's", 'say "hi"', 'both \\' and "', 'tab\\there'],
        { 'key-with-dash': 1, valid_id: 2, 3: 'three' },
        [undefined, null, NaN, Infinity, -Infinity, 1.5],
        Object.create(null),
        [, 1, , ],
        new Date(0),
        /ab+c/gi,
        { f: () => {}, g: async function g() {}, h: function* gen() {} },
        new Array(120).fill(7),
        [[1, [2, [3, [4]]]]],
        { s: 'a\\nb', [Symbol('k')]: 1 },
        { alpha: 'aaaaaaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbbbbbb', gamma: 'cccccccccccccccccc', delta: 1 },
        [new Map(), new Set(), [], {}],
        { get x() { return 1; }, set y(v) {}, get z() { return 1; }, set z(v) {} },
        [new Boolean(true), new Number(3), new String('s')],
        new Uint8Array([1, 2, 3]),
        [{ a: 1, b: 2 }, { a: 3, b: 4 }],
        ['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew'],
        new Map([[{ k: 1 }, new Set([1, 2])]]),
        Object.assign([1, 2], { extra: true }),
      ].map((v) => util.inspect(v));
      const formats = [
        util.format('%s is %d years', 'Bob', 42),
        util.format('%i %f %j', '42.9', '1.5', { a: [1] }),
        util.format('%O', { a: { b: { c: { d: 1 } } } }),
        util.format('100%% sure', 1),
        util.format('%c styled', 'color: red'),
        util.format('a', 'b', { c: 1 }, 3),
        util.format('%s %s', -0, 5n),
        util.format('%d', '0x10'),
        util.format('%s', 'only one', 'extra'),
        util.format('%x unknown %s', 'y'),
        util.format(1, 2, 'three'),
      ];
      var out = values.concat(formats);
      if (typeof live === 'undefined') process.stdout.write(out.join('\\0'));
      """;

  @TempDir Path dir;

  @RegisterExtension final EngineSessions sessions = new EngineSessions(() -> dir);

  @Test
  void valuesAndFormatStringsPrintAsNodePrintsThem() throws Exception {
    Path script = sessions.write("main.js", VALUES);
    String printed = InstalledNode.output(script);
    assumeTrue(printed != null, "node is not installed: nothing to compare with");
    List<String> node = List.of(printed.split("\0", -1));

    RunResult result = sessions.runOnce(script);

    assertThat(result.error()).isNull();
    List<String> live = new ArrayList<>();
    ((List<?>) result.exports().get("out")).forEach(value -> live.add((String) value));
    assertThat(live).hasSize(node.size()).hasSizeGreaterThan(40);
    for (int i = 0; i < node.size(); i++) {
      assertThat(live.get(i)).as("value %d", i).isEqualTo(node.get(i));
    }
  }

  @Test
  void errorsPrintWithTheirStackAndOwnPropertiesAsNodesDo() throws Exception {
    RunResult result =
        sessions.runOnce(
            sessions.write(
                "main.js",
                """
                const { inspect } = globalThis[Symbol.for('live.node.builtin')]('util');
                function inner() { return new TypeError('bad thing'); }
                const coded = new Error('with code');
                coded.code = 'E_CODE';
                var printed = [inspect(inner()), inspect({ wrapped: inner() }), inspect(coded)];
                """));

    assertThat(result.error()).isNull();
    assertThat(result.exports().get("printed"))
        .asList()
        .containsExactly(
            "TypeError: bad thing\n    at inner (main.js:2:27)\n    at main.js:5:24",
            "{\n  wrapped: TypeError: bad thing\n      at inner (main.js:2:27)\n"
                + "      at main.js:5:53\n}",
            "Error: with code\n    at main.js:3:15 {\n  code: 'E_CODE'\n}");
  }
}
