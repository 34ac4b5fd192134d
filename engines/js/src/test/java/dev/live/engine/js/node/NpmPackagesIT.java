package dev.live.engine.js.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.live.core.reload.EngineSessions;
import dev.live.core.reload.LiveSession;
import dev.live.core.reload.RunResult;
import dev.live.core.reload.SessionProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Real npm packages loaded from a main that live runs, and run again when it is saved. */
class NpmPackagesIT {

  private Path dir;

  @RegisterExtension final EngineSessions sessions = new EngineSessions(() -> dir);

  @BeforeEach
  void installedPackages(TestInfo test) throws IOException {
    Path fixtures = NpmFixtures.folder();
    assumeTrue(fixtures != null, NpmFixtures.skipReason());
    // Below the install, so that bare names resolve up the tree as they would in a project.
    dir = fixtures.resolve(test.getTestMethod().orElseThrow().getName());
    Files.createDirectories(dir);
  }

  private RunResult runAgainAfter(LiveSession session, Path main, String text) throws IOException {
    Files.writeString(main, text);
    return session.runOnce();
  }

  @Test
  void lodashRunsAgainOnEverySaveWithTheRealWatcher() throws Exception {
    Path main =
        sessions.write("main.js", "const _ = require('lodash');\nvar total = _.sum([1, 2, 3]);\n");
    SessionProbe probe = new SessionProbe();
    LiveSession session = sessions.open(sessions.builder(main).listener(probe));
    session.start();
    RunResult first = probe.awaitRun();
    assertThat(first.error()).isNull();
    assertThat(first.exports().get("total")).isEqualTo(6);
    assertThat(first.watched())
        .contains(main, dir.resolveSibling("node_modules/.package-lock.json"))
        .noneMatch(path -> path.toString().contains("node_modules/lodash"));

    Files.writeString(main, "const _ = require('lodash');\nvar total = _.sum(_.range(1, 11));\n");

    RunResult second = probe.awaitRun();
    assertThat(second.error()).isNull();
    assertThat(second.exports().get("total")).isEqualTo(55);
    probe.assertNoRunWithin(Duration.ofMillis(300));
  }

  @Test
  void dayjsFormatsDatesAndRunsAgain() throws IOException {
    Path main =
        sessions.write(
            "main.js",
            "const dayjs = require('dayjs');\n"
                + "var next = dayjs('2024-01-31').add(1, 'day').format('YYYY-MM-DD');\n");
    LiveSession session = sessions.open(main);
    assertThat(session.runOnce().exports().get("next")).isEqualTo("2024-02-01");

    RunResult again =
        runAgainAfter(
            session,
            main,
            "const dayjs = require('dayjs');\n"
                + "var next = dayjs('2024-02-28').add(1, 'day').format('YYYY-MM-DD');\n");

    assertThat(again.error()).isNull();
    assertThat(again.exports().get("next")).isEqualTo("2024-02-29");
  }

  @Test
  void chalkFourColoursTextThroughOsAndTty() throws IOException {
    Path main =
        sessions.write(
            "main.js",
            """
            const chalk = require('chalk');
            const coloured = new chalk.Instance({ level: 1 });
            var red = coloured.red('stop');
            var bold = coloured.bold.green('go');
            var plain = typeof chalk.level;
            """);
    LiveSession session = sessions.open(main);

    RunResult result = session.runOnce();

    assertThat(result.error()).isNull();
    assertThat(result.exports().get("red")).isEqualTo("\u001b[31mstop\u001b[39m");
    assertThat(result.exports().get("bold")).isEqualTo("\u001b[1m\u001b[32mgo\u001b[39m\u001b[22m");
    assertThat(result.exports().get("plain")).isEqualTo("number");
    assertThat(session.runOnce().error()).isNull();
  }

  @Test
  void commanderParsesOptionsWithEventsAndChildProcessLoaded() throws IOException {
    Path main =
        sessions.write(
            "main.js",
            """
            const { Command } = require('commander');
            const program = new Command();
            let seen = [];
            program.name('greet').option('-n, --name <name>', 'who').option('-l, --loud');
            program.on('option:name', (value) => seen.push(value));
            program.parse(['node', 'greet', '--name', 'Ada', '--loud']);
            var name = program.opts().name;
            var loud = program.opts().loud;
            var heard = seen.join();
            var help = program.helpInformation().split('\\n')[0];
            """);
    LiveSession session = sessions.open(main);

    RunResult result = session.runOnce();

    assertThat(result.error()).isNull();
    assertThat(result.exports().get("name")).isEqualTo("Ada");
    assertThat(result.exports().get("loud")).isEqualTo(true);
    assertThat(result.exports().get("heard")).isEqualTo("Ada");
    assertThat(result.exports().get("help")).isEqualTo("Usage: greet [options]");
  }

  @Test
  void uuidFourteenIsAnEsModuleOnlyPackageImportedByName() throws IOException {
    Path main =
        sessions.write(
            "main.mjs",
            """
            import { v4, v5, validate, version } from 'uuid';
            export const valid = validate(v4()) && version(v4()) === 4;
            export const named = v5('live', v5.URL);
            """);
    LiveSession session = sessions.open(main);

    RunResult result = session.runOnce();

    assertThat(result.error()).isNull();
    assertThat(result.exports().get("valid")).isEqualTo(true);
    // The same name in the same namespace is always the same version 5 UUID.
    String named = (String) result.exports().get("named");
    assertThat(named).matches("[0-9a-f-]{14}5[0-9a-f-]{21}");
    RunResult again =
        runAgainAfter(
            session,
            main,
            "import { v5 } from 'uuid';\nexport const named = v5('live', v5.URL);\n");
    assertThat(again.exports().get("named")).isEqualTo(named);
  }

  @Test
  void aPackageNeedingBuiltInsLiveLacksLoadsAndFailsOnlyWhenCalled() throws IOException {
    Path main =
        sessions.write(
            "main.js",
            """
            const fetch = require('node-fetch');
            var loaded = typeof fetch;
            const zlib = require('zlib');
            zlib.createGzip();
            """);

    RunResult result = sessions.runOnce(main);

    assertThat(result.error())
        .hasMessageContaining("zlib.createGzip()")
        .hasMessageContaining("is not implemented in live");
    assertThat(result.error().toString()).doesNotContain("node-fetch");
  }
}
