package dev.live.engine.lua;

import dev.live.core.bridge.NativeListView;
import org.luaj.vm2.LuaTable;

/** A live view of a Lua sequence {@code {1..n}}: index 0 is Lua's 1. */
final class LuaTableList extends NativeListView<LuaValues, LuaTable> {

  LuaTableList(LuaValues values, LuaTable table) {
    super(values, table);
  }

  private int checked(int index, int size) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("index " + index + ", size " + size);
    }
    return index + 1;
  }

  @Override
  public Object get(int index) {
    return bridge.toBridge(value.get(checked(index, size())));
  }

  @Override
  protected void replace(int index, Object element) {
    value.set(index + 1, bridge.toEngine(element));
  }

  @Override
  public void add(int index, Object element) {
    checked(index, size() + 1);
    value.insert(index + 1, bridge.toEngine(element));
  }

  @Override
  public Object remove(int index) {
    int at = checked(index, size());
    return bridge.toBridge(value.remove(at));
  }

  @Override
  public int size() {
    return value.length();
  }
}
