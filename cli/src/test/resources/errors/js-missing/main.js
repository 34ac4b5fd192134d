let x = 1;
const helper = use("helper");
