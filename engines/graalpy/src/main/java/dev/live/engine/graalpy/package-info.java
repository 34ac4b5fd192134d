/** Python 3 on GraalPy: a second Python engine, chosen per file by its first line. */
package dev.live.engine.graalpy;
