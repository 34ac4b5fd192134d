package dev.live.engine.lua;

import dev.live.core.bridge.NativeMapView;
import dev.live.core.bridge.NativeValue;
import java.util.List;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;

/**
 * A live view of a Lua table as a map, keyed by the keys' string forms: {@code t.name} and {@code
 * t[1]} are {@code "name"} and {@code "1"}.
 */
final class LuaTableMap extends NativeMapView<LuaValue> implements NativeValue {

  private final LuaValues values;
  private final LuaTable table;

  LuaTableMap(LuaValues values, LuaTable table) {
    this.values = values;
    this.table = table;
  }

  /** The table's own key for a name: an existing number key when it matches, else the string. */
  private LuaValue luaKey(Object key) {
    String name = String.valueOf(key);
    LuaValue text = LuaValue.valueOf(name);
    if (!table.rawget(text).isnil()) {
      return text;
    }
    LuaValue number = text.tonumber();
    return !number.isnil() && !table.rawget(number).isnil() ? number : text;
  }

  @Override
  public Object get(Object key) {
    return values.toBridge(table.rawget(luaKey(key)));
  }

  @Override
  public boolean containsKey(Object key) {
    return !table.rawget(luaKey(key)).isnil();
  }

  @Override
  public Object put(String key, Object value) {
    LuaValue at = luaKey(key);
    Object previous = values.toBridge(table.rawget(at));
    table.rawset(at, values.toEngine(value));
    return previous;
  }

  @Override
  public Object remove(Object key) {
    LuaValue at = luaKey(key);
    Object previous = values.toBridge(table.rawget(at));
    table.rawset(at, LuaValue.NIL);
    return previous;
  }

  @Override
  public int size() {
    return table.keyCount();
  }

  @Override
  protected List<LuaValue> keySnapshot() {
    return List.of(table.keys());
  }

  @Override
  protected String name(LuaValue key) {
    return key.tojstring();
  }

  @Override
  protected Object valueAt(LuaValue key) {
    return values.toBridge(table.rawget(key));
  }

  @Override
  protected void removeAt(LuaValue key) {
    table.rawset(key, LuaValue.NIL);
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
