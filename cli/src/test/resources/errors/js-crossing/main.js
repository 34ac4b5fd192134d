const lib = use("lib");

function go() {
  lib.check(-1);
}

go();
