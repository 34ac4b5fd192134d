// Loadable, as packages such as commander require it at load time; starting a process is not.
for (const name of ['exec', 'execSync', 'execFile', 'execFileSync', 'fork', 'spawn', 'spawnSync']) {
  exports[name] = function () {
    const error = new Error(`child_process.${name}() is not available in live: scripts run ` +
      'inside the JVM, which starts no Node child processes. Run this part with node.');
    error.code = 'ERR_NOT_IMPLEMENTED';
    throw error;
  };
}
