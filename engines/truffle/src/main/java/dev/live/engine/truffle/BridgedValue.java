package dev.live.engine.truffle;

/**
 * What a guest language holds for a bridge value of another language (a proxy, a handle): it stands
 * for that value, so the value crosses back unchanged.
 */
public interface BridgedValue {

  Object bridgeValue();
}
