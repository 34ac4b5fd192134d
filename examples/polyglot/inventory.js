// Used by main.py: a class, a function that writes into its caller's dict, an error to catch.
function priceOf(item) {
  return { apples: 0.5, plums: 0.95 }[item];
}

function restock(stock, item, count) {
  stock[item] = (stock[item] || 0) + count;
}

class Cart {
  constructor(owner) {
    this.owner = owner;
    this.items = [];
  }

  add(item) {
    if (priceOf(item) === undefined) {
      const error = new Error("no " + item + " in stock");
      error.name = "ValueError";
      throw error;
    }
    this.items.push(item);
  }

  total() {
    return this.items.reduce((sum, item) => sum + priceOf(item), 0);
  }
}
