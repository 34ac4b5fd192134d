package dev.live.core.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {

  @TempDir Path dir;

  private static Fingerprint of(String text) {
    return Fingerprint.of(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theSameBytesGiveTheSameFingerprint() {
    assertThat(of("print 'hello'\n")).isEqualTo(of("print 'hello'\n"));
  }

  @Test
  void anEditOfTheSameLengthChangesIt() {
    assertThat(of("x = 1\n")).isNotEqualTo(of("x = 2\n"));
    // Swapped bytes: a plain sum of the bytes would not see it.
    assertThat(of("ab")).isNotEqualTo(of("ba"));
  }

  @Test
  void everyOneByteChangeOfAFileChangesIt() {
    byte[] content = "console.log(Math.cos(0).toFixed(1));\n".getBytes(StandardCharsets.UTF_8);
    Fingerprint original = Fingerprint.of(content);
    for (int i = 0; i < content.length; i++) {
      for (int bit = 0; bit < 8; bit++) {
        byte[] edited = content.clone();
        edited[i] ^= (byte) (1 << bit);
        assertThat(Fingerprint.of(edited)).as("byte %d, bit %d", i, bit).isNotEqualTo(original);
      }
    }
  }

  @Test
  void anEmptyFileIsNotAnAbsentOne() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.py"), "");

    assertThat(Fingerprint.current(empty)).isEqualTo(Fingerprint.EMPTY);
    assertThat(Fingerprint.current(dir.resolve("gone.py"))).isEqualTo(Fingerprint.ABSENT);
    assertThat(Fingerprint.EMPTY).isNotEqualTo(Fingerprint.ABSENT);
  }

  @Test
  void aFolderChangesWhenAFileInItIsSaved() throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("a.txt"), "one");
    Fingerprint before = Fingerprint.current(data);

    Files.writeString(data.resolve("a.txt"), "three");

    assertThat(Fingerprint.current(data)).isNotEqualTo(before);
  }

  @Test
  void aLargeFileIsFingerprintedAsItsBytesAre() throws IOException {
    byte[] content = new byte[1_000_003];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) (i * 31);
    }
    Path large = Files.write(dir.resolve("large.bin"), content);

    assertThat(Fingerprint.current(large)).isEqualTo(Fingerprint.of(content));
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void aPipeIsNotAFileAndIsNeverOpened() throws Exception {
    Path pipe = NamedPipes.make(dir.resolve("pipe.py"));

    // Opening a pipe blocks until someone writes to it: the bound is the assertion.
    Fingerprint fingerprint =
        CompletableFuture.supplyAsync(() -> Fingerprint.current(pipe)).get(10, TimeUnit.SECONDS);

    assertThat(fingerprint).isEqualTo(Fingerprint.NOT_A_FILE);
  }
}
