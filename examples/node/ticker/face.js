// Used by main.js on each tick. Change the arrow and save: the ticker picks it up at once.
function line(n) {
  return `tick ${n} ${"-".repeat(n)}>`;
}
