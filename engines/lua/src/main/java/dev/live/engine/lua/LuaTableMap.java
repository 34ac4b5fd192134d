package dev.live.engine.lua;

import dev.live.core.bridge.NativeValue;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;

/**
 * A live view of a Lua table as a map, keyed by the keys' string forms: {@code t.name} and {@code
 * t[1]} are {@code "name"} and {@code "1"}.
 */
final class LuaTableMap extends AbstractMap<String, Object> implements NativeValue {

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
  public Set<Entry<String, Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, Object>> iterator() {
        List<LuaValue> keys = new ArrayList<>(List.of(table.keys()));
        Iterator<LuaValue> each = keys.iterator();
        return new Iterator<>() {
          private LuaValue last;

          @Override
          public boolean hasNext() {
            return each.hasNext();
          }

          @Override
          public Entry<String, Object> next() {
            last = each.next();
            return new SimpleEntry<>(last.tojstring(), values.toBridge(table.rawget(last)));
          }

          @Override
          public void remove() {
            table.rawset(last, LuaValue.NIL);
          }
        };
      }

      @Override
      public int size() {
        return table.keyCount();
      }
    };
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
