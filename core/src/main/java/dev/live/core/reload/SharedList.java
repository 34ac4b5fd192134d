package dev.live.core.reload;

import dev.live.core.bridge.NativeValue;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A list owned by the session rather than by an engine: what {@code live.state} holds when a script
 * keeps an array whose own engine value would die with its run. Every language sees it as its own
 * live list. Thread-safe, since kept values are often touched from server threads.
 */
final class SharedList extends AbstractList<Object> implements NativeValue, RandomAccess {

  private final List<Object> items = new ArrayList<>();

  @Override
  public synchronized Object get(int index) {
    return items.get(index);
  }

  @Override
  public synchronized Object set(int index, Object element) {
    return items.set(index, Detach.detach(element));
  }

  @Override
  public synchronized void add(int index, Object element) {
    items.add(index, Detach.detach(element));
  }

  @Override
  public synchronized Object remove(int index) {
    return items.remove(index);
  }

  @Override
  public synchronized int size() {
    return items.size();
  }

  @Override
  public Object owner() {
    return SharedList.class;
  }

  @Override
  public Object unwrap() {
    return this;
  }
}
