#!/usr/bin/env python3
# A Python 3 module that p.js uses and hands on to main.py.
name = "helper py"
