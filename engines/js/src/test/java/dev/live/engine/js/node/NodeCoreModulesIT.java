package dev.live.engine.js.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.reload.EngineSessions;
import dev.live.core.reload.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Node's core modules as scripts use them, each checked against what Node gives. */
class NodeCoreModulesIT {

  @TempDir Path dir;

  @RegisterExtension final EngineSessions sessions = new EngineSessions(() -> dir);

  private RunResult run(String script) throws IOException {
    RunResult result = sessions.runOnce(sessions.write("main.js", script));
    assertThat(result.error()).isNull();
    return result;
  }

  @Test
  void pathIsPosixAndResolvesFromTheWorkingDirectory() throws IOException {
    RunResult result =
        run(
            """
            const path = require('node:path');
            var joined = path.join('/a/b', '../c', 'd.txt');
            var parts = [path.basename(joined, '.txt'), path.extname(joined), path.dirname(joined)].join();
            var relative = path.relative('/a/b/c', '/a/d');
            var absolute = path.isAbsolute(path.resolve('x'));
            var same = require('path') === path && path.posix === path && path.sep === '/';
            """);

    assertThat(result.exports().get("joined")).isEqualTo("/a/c/d.txt");
    assertThat(result.exports().get("parts")).isEqualTo("d,.txt,/a/c");
    assertThat(result.exports().get("relative")).isEqualTo("../../d");
    assertThat(result.exports().get("absolute")).isEqualTo(true);
    assertThat(result.exports().get("same")).isEqualTo(true);
  }

  @Test
  void eventsUtilAndAssertBehaveAsNodes() throws IOException {
    RunResult result =
        run(
            """
            const EventEmitter = require('events');
            const util = require('util');
            const assert = require('assert');
            class Bell extends EventEmitter {}
            const bell = new Bell();
            const heard = [];
            bell.once('ring', (n) => heard.push('once ' + n));
            bell.on('ring', (n) => heard.push('on ' + n));
            bell.emit('ring', 1); bell.emit('ring', 2);
            var events = heard.join() + ' ' + bell.listenerCount('ring');
            function Old() {} util.inherits(Old, EventEmitter);
            var inherits = new Old() instanceof EventEmitter;
            var deep = util.isDeepStrictEqual({a: [1, {b: new Map([[1, 2]])}]}, {a: [1, {b: new Map([[1, 2]])}]});
            var types = util.types.isPromise(Promise.resolve()) && util.types.isDate(new Date());
            var promisified = typeof util.promisify((x, cb) => cb(null, x))(1).then;
            assert.ok(true); assert.strictEqual(1, 1); assert.deepStrictEqual({a: 1}, {a: 1});
            assert.throws(() => { throw new TypeError('bad'); }, TypeError);
            var failure;
            try { assert.strictEqual(1, 2); } catch (e) { failure = e.name + ' ' + e.code + ' ' + (e instanceof assert.AssertionError); }
            var deepFailure;
            try { assert.deepStrictEqual([1], [2]); } catch (e) { deepFailure = e.message.split('\\n')[0]; }
            """);

    assertThat(result.exports().get("events")).isEqualTo("once 1,on 1,on 2 1");
    assertThat(result.exports().get("inherits")).isEqualTo(true);
    assertThat(result.exports().get("deep")).isEqualTo(true);
    assertThat(result.exports().get("types")).isEqualTo(true);
    assertThat(result.exports().get("promisified")).isEqualTo("function");
    assertThat(result.exports().get("failure")).isEqualTo("AssertionError ERR_ASSERTION true");
    assertThat(result.exports().get("deepFailure"))
        .isEqualTo("Expected values to be strictly deep-equal:");
  }

  @Test
  void bufferAndCryptoMatchNodesBytes() throws IOException {
    RunResult result =
        run(
            """
            const crypto = require('crypto');
            const b = Buffer.from('héllo', 'utf8');
            var lengths = b.length + ' ' + Buffer.byteLength('héllo');
            var encodings = [b.toString('hex'), b.toString('base64'), Buffer.from('aGk=', 'base64').toString()].join();
            var joined = Buffer.concat([Buffer.from('ab'), Buffer.alloc(2, 'c')]).toString();
            var sliced = b.slice(0, 1).toString() + ' ' + Buffer.from('x').equals(Buffer.from('x'));
            var sha256 = crypto.createHash('sha256').update('abc').digest('hex');
            var md5 = crypto.createHash('md5').update('a').update('bc').digest('base64');
            var sha1 = crypto.createHash('sha1').update(Buffer.from('abc')).digest('hex');
            var uuid = /^[0-9a-f-]{36}$/.test(crypto.randomUUID()) && crypto.randomBytes(8).length === 8;
            var isBuffer = Buffer.isBuffer(require('buffer').Buffer.alloc(1));
            """);

    assertThat(result.exports().get("lengths")).isEqualTo("6 6");
    assertThat(result.exports().get("encodings")).isEqualTo("68c3a96c6c6f,aMOpbGxv,hi");
    assertThat(result.exports().get("joined")).isEqualTo("abcc");
    assertThat(result.exports().get("sliced")).isEqualTo("h true");
    assertThat(result.exports().get("sha256"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(result.exports().get("md5")).isEqualTo("kAFQmDzST7DWlj99KOF/cg==");
    assertThat(result.exports().get("sha1")).isEqualTo("a9993e364706816aba3e25717850c26c9cd0d89d");
    assertThat(result.exports().get("uuid")).isEqualTo(true);
    assertThat(result.exports().get("isBuffer")).isEqualTo(true);
  }

  @Test
  void fsReadsWritesAndWatchesWhatItReads() throws IOException {
    Files.writeString(dir.resolve("config.txt"), "threshold=3\n");
    RunResult result =
        run(
            """
            const fs = require('fs');
            const path = require('path');
            var config = fs.readFileSync(path.join(__dirname, 'config.txt'), 'utf8').trim();
            const out = path.join(__dirname, 'out', 'deep');
            fs.mkdirSync(out, { recursive: true });
            fs.writeFileSync(path.join(out, 'a.txt'), 'one');
            fs.appendFileSync(path.join(out, 'a.txt'), Buffer.from(' two'));
            var written = fs.readFileSync(path.join(out, 'a.txt')).toString();
            var listed = fs.readdirSync(out).join() + ' ' + fs.statSync(out).isDirectory()
              + ' ' + fs.statSync(path.join(out, 'a.txt')).size;
            fs.unlinkSync(path.join(out, 'a.txt'));
            var gone = fs.existsSync(path.join(out, 'a.txt'));
            var missing;
            try { fs.readFileSync('nope.txt'); } catch (e) { missing = e.code + ' ' + e.message; }
            var promised = typeof require('fs/promises').readFile(__filename).then;
            """);

    assertThat(result.exports().get("config")).isEqualTo("threshold=3");
    assertThat(result.exports().get("written")).isEqualTo("one two");
    assertThat(result.exports().get("listed")).isEqualTo("a.txt true 7");
    assertThat(result.exports().get("gone")).isEqualTo(false);
    assertThat(result.exports().get("missing"))
        .isEqualTo("ENOENT ENOENT: no such file or directory, open 'nope.txt'");
    assertThat(result.exports().get("promised")).isEqualTo("function");
    assertThat(result.watched()).contains(dir.resolve("config.txt"));
  }

  @Test
  void osUrlTtyAndTheModulesLiveLacks() throws IOException {
    RunResult result =
        run(
            """
            const os = require('os');
            const url = require('url');
            var system = [os.EOL === '\\n', os.platform(), os.cpus().length > 0, typeof os.hostname(),
              os.tmpdir().length > 0, os.homedir().length > 0, typeof os.arch()].join();
            const u = new URL('../x/y?b=2&a=1#top', 'https://User@Example.com:443/p/q/r');
            u.searchParams.append('c', 'd e');
            var parsed = [u.href, u.origin, u.pathname, u.searchParams.get('a'), u.hash].join(' ');
            var file = url.fileURLToPath(url.pathToFileURL('/tmp/a b.txt'));
            var tty = typeof require('tty').isatty(1);
            var child;
            try { require('child_process').execSync('ls'); } catch (e) { child = e.code; }
            var lacking;
            try { require('node:http').createServer(); } catch (e) { lacking = e.code; }
            """);

    assertThat(result.exports().get("system")).isEqualTo("true,linux,true,string,true,true,string");
    assertThat(result.exports().get("parsed"))
        .isEqualTo(
            "https://User@example.com/p/x/y?b=2&a=1&c=d+e#top https://example.com /p/x/y 1 #top");
    assertThat(result.exports().get("file")).isEqualTo("/tmp/a b.txt");
    assertThat(result.exports().get("tty")).isEqualTo("boolean");
    assertThat(result.exports().get("child")).isEqualTo("ERR_NOT_IMPLEMENTED");
    assertThat(result.exports().get("lacking")).isEqualTo("ERR_NOT_IMPLEMENTED");
  }
}
