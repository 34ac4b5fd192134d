let x = 1;
console.log(y);
