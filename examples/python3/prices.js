// Used by main.py. Change `rate` and save: main.py runs again with the new value.
const rate = 0.2;
const table = { tea: 2.5, cake: 3.5 };

function price(name) {
  return table[name];
}

function withTax(amount) {
  return amount * (1 + rate);
}
