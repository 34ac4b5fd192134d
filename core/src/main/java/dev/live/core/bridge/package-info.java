/**
 * The neutral values that cross between languages: what each engine adapter converts its own values
 * to and from.
 *
 * <p>Immutable values (null, booleans, numbers, strings) are copied. Everything mutable is shared
 * live: a list is a {@link java.util.List} view, a dict or plain object a {@link java.util.Map}
 * view, a class instance a {@link dev.live.core.bridge.BridgeObject}, each reading and writing the
 * owner's value. Nothing is copied per call, so passing a large structure costs the same as passing
 * a number. A value that returns to the engine it came from is handed back as the original (see
 * {@link dev.live.core.bridge.NativeValue}).
 *
 * <p>An adapter converts bridge values to its language with a {@link
 * dev.live.core.bridge.BridgeValueVisitor}, and wraps its own values in subclasses of {@link
 * dev.live.core.bridge.NativeWrapper}, {@link dev.live.core.bridge.NativeListView} and {@link
 * dev.live.core.bridge.NativeMapView}.
 */
package dev.live.core.bridge;
