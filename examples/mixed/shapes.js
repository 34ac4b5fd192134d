// Used by main.py. Change `unit` and save: main.py runs again with the new value.
const unit = "cm2";

function area(width, height) {
  return width * height;
}

function describe(name, side) {
  return `a ${name} of side ${side} has area ${area(side, side)} ${unit}`;
}
