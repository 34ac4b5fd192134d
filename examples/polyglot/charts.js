// Used by main.py: takes a Python list of (name, count) tuples and a Python function as label.
function bar(rows, label) {
  return rows.map(([name, count]) => label(name) + " " + "#".repeat(count)).join(" | ");
}
