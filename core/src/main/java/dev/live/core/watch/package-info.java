/** A thin layer over directory-watcher: folders in, changed paths out. */
package dev.live.core.watch;
