package dev.live.engine.truffle;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Values a session keeps for what the last run and this one used, such as the Sources whose parse
 * an engine reuses: a run that uses a key again gets the same value, and a value no run used since
 * the one before the last is let go when a run starts. Thread-safe.
 *
 * @param <K> what makes two uses the same (a path and a text, say)
 * @param <V> what is kept for it
 */
public final class LastTwoRuns<K, V> {

  private Map<K, V> lastRun = new HashMap<>();
  private Map<K, V> thisRun = new HashMap<>();

  /** A run begins: what the run before the last used and the last did not is let go. */
  public synchronized void runStarting() {
    lastRun = thisRun;
    thisRun = new HashMap<>();
  }

  /** The value kept for {@code key}, made by {@code make} when neither run used it yet. */
  public synchronized V get(K key, Function<K, V> make) {
    V value = thisRun.get(key);
    if (value == null) {
      value = lastRun.get(key);
    }
    if (value == null) {
      value = make.apply(key);
    }
    thisRun.put(key, value);
    return value;
  }

  /** How many distinct values are kept. */
  public synchronized int held() {
    Set<V> all = new HashSet<>(lastRun.values());
    all.addAll(thisRun.values());
    return all.size();
  }
}
