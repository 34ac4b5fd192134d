const words = use("words");
console.log(words.shout("hi"));
