package dev.live.core.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class QueuedInputTest {

  private final QueuedInput input = new QueuedInput();

  @Test
  void readsChunksInOrderThenTheEnd() throws Exception {
    input.add("ab".getBytes(StandardCharsets.UTF_8));
    input.add("c".getBytes(StandardCharsets.UTF_8));
    input.end();

    byte[] buffer = new byte[8];
    assertThat(input.read(buffer, 0, 1)).isEqualTo(1);
    assertThat(input.read(buffer, 1, 7)).isEqualTo(1);
    assertThat(input.read(buffer, 2, 6)).isEqualTo(1);
    assertThat(new String(buffer, 0, 3, StandardCharsets.UTF_8)).isEqualTo("abc");
    assertThat(input.read()).isEqualTo(-1);
    assertThat(input.read()).isEqualTo(-1);
  }

  @Test
  void discardUnreadDropsTheRestOfAChunkAndTheQueuedOnes() throws Exception {
    input.add("ab".getBytes(StandardCharsets.UTF_8));
    input.add("c".getBytes(StandardCharsets.UTF_8));
    assertThat(input.read()).isEqualTo('a');

    input.discardUnread();
    input.add("d".getBytes(StandardCharsets.UTF_8));

    assertThat(input.read()).isEqualTo('d');
  }

  @Test
  void anInterruptEndsAWaitingRead() throws Exception {
    CompletableFuture<Thread> reader = new CompletableFuture<>();
    CompletableFuture<Throwable> failure =
        CompletableFuture.supplyAsync(
            () -> {
              reader.complete(Thread.currentThread());
              try {
                input.read();
                return null;
              } catch (InterruptedIOException e) {
                return e;
              }
            });
    reader.get(10, TimeUnit.SECONDS).interrupt();
    assertThat(failure.get(10, TimeUnit.SECONDS)).isInstanceOf(InterruptedIOException.class);
  }
}
