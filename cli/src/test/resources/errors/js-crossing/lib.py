def check(n):
    if n < 0:
        raise ValueError("negative: %d" % n)
