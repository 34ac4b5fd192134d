/** Finding and reading the files that {@code use} loads. */
package dev.live.core.modules;
