package dev.live.engine.lua;

import dev.live.core.bridge.NativeValue;
import java.util.AbstractList;
import java.util.RandomAccess;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;

/** A live view of a Lua sequence {@code {1..n}}: index 0 is Lua's 1. */
final class LuaTableList extends AbstractList<Object> implements NativeValue, RandomAccess {

  private final LuaValues values;
  private final LuaTable table;

  LuaTableList(LuaValues values, LuaTable table) {
    this.values = values;
    this.table = table;
  }

  private int checked(int index, int size) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("index " + index + ", size " + size);
    }
    return index + 1;
  }

  @Override
  public Object get(int index) {
    return values.toBridge(table.get(checked(index, size())));
  }

  @Override
  public Object set(int index, Object element) {
    int at = checked(index, size());
    Object previous = values.toBridge(table.get(at));
    table.set(at, values.toEngine(element));
    return previous;
  }

  @Override
  public void add(int index, Object element) {
    checked(index, size() + 1);
    table.insert(index + 1, values.toEngine(element));
  }

  @Override
  public Object remove(int index) {
    int at = checked(index, size());
    return values.toBridge(table.remove(at));
  }

  @Override
  public int size() {
    return table.length();
  }

  @Override
  public Object owner() {
    return values;
  }

  @Override
  public LuaValue unwrap() {
    return table;
  }
}
