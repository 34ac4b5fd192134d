// A JavaScript module that p.py uses and hands on to main.js.
var name = "helper js";
