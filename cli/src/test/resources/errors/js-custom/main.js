class BadThing extends Error {
  constructor(message) {
    super(message);
    this.name = "BadThing";
  }
}

function check() {
  throw new BadThing("it broke");
}

check();
