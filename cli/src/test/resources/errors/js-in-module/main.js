const util = use("util");
console.log(util.ratio(1, 0));
