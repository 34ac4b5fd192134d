function twice(x) {
  return x * ;
}
