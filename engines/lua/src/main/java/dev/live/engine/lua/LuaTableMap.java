package dev.live.engine.lua;

import dev.live.core.bridge.NativeMapView;
import java.util.List;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;

/**
 * A live view of a Lua table as a map, keyed by the keys' string forms: {@code t.name} and {@code
 * t[1]} are {@code "name"} and {@code "1"}.
 */
final class LuaTableMap extends NativeMapView<LuaValues, LuaTable, LuaValue> {

  LuaTableMap(LuaValues values, LuaTable table) {
    super(values, table);
  }

  /** The table's own key for a name: an existing number key when it matches, else the string. */
  private LuaValue luaKey(Object key) {
    String name = String.valueOf(key);
    LuaValue text = LuaValue.valueOf(name);
    if (!value.rawget(text).isnil()) {
      return text;
    }
    LuaValue number = text.tonumber();
    return !number.isnil() && !value.rawget(number).isnil() ? number : text;
  }

  @Override
  public Object get(Object key) {
    return bridge.toBridge(value.rawget(luaKey(key)));
  }

  @Override
  public boolean containsKey(Object key) {
    return !value.rawget(luaKey(key)).isnil();
  }

  @Override
  public Object put(String key, Object element) {
    LuaValue at = luaKey(key);
    Object previous = bridge.toBridge(value.rawget(at));
    value.rawset(at, bridge.toEngine(element));
    return previous;
  }

  @Override
  public Object remove(Object key) {
    LuaValue at = luaKey(key);
    Object previous = bridge.toBridge(value.rawget(at));
    value.rawset(at, LuaValue.NIL);
    return previous;
  }

  @Override
  public int size() {
    return value.keyCount();
  }

  @Override
  protected List<LuaValue> keySnapshot() {
    return List.of(value.keys());
  }

  @Override
  protected String name(LuaValue key) {
    return key.tojstring();
  }

  @Override
  protected Object valueAt(LuaValue key) {
    return bridge.toBridge(value.rawget(key));
  }

  @Override
  protected void removeAt(LuaValue key) {
    value.rawset(key, LuaValue.NIL);
  }
}
