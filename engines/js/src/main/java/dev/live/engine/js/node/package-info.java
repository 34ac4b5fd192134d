/** Node's module system and core modules for GraalJS: require(), npm packages, fs, os, crypto. */
package dev.live.engine.js.node;
