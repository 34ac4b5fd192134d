// Formatting helpers, used by main.lua.
function money(cents) {
  return (cents / 100).toFixed(2) + " EUR";
}

const bullets = (items, decorate) => items.map((item) => "* " + decorate(item)).join("\n");
