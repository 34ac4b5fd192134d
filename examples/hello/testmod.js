// Used by main.js. Change the suffix and save to see main.js run again.
// `function` is a reserved word in JavaScript, so the module defines it as a global property.
globalThis.function = (text) => text + " function";
