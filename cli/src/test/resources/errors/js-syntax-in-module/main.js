const util = use("util");
console.log(util.twice(2));
