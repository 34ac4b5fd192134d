/** Python 2.7 for {@code live}, through Jython. */
package dev.live.engine.python;
