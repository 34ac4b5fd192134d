function area(w, h) {
  return w * h;
}
export default area;
