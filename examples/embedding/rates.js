// A JavaScript module of the hosted script; `catalog` is bound here too.
function withTax(amount) {
  return amount * (1 + catalog.taxRate());
}
