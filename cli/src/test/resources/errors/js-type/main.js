const count = 3;
count();
